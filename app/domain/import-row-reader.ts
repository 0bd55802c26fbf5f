import type { ZodTypeAny } from "zod";
import type { ImportColumn, ImportProblem, RawImportValues } from "./import-format";
import { cleanText, directionControlMessage, findDirectionControl } from "./text";

/**
 * Reads the columns of one raw import record as text, lists and numbers, collecting a problem
 * (with the record's line) for each value it cannot read. app/domain/import-normalise.ts applies
 * the rules of a row on top.
 */
export class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly values: RawImportValues,
    private readonly line: number,
  ) {}

  problem(field: string, message: string) {
    this.problems.push({ line: this.line, field, message });
  }

  /**
   * Control characters removed (app/domain/text.ts; line breaks kept in a description only); a
   * direction control (U+202E …) is a problem of the row, once per column.
   */
  private clean(column: ImportColumn, text: string, multiline: boolean): string {
    const control = findDirectionControl(text);
    if (control && !this.problems.some((problem) => problem.field === column)) {
      this.problem(column, directionControlMessage("this field", control));
    }
    return cleanText(text, { multiline });
  }

  /** Text, trimmed, without control characters; numbers are accepted as text. */
  text(column: ImportColumn): string {
    const value = this.values[column];
    if (value === undefined || value === null) return "";
    if (typeof value === "string") return this.clean(column, value, column === "description").trim();
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    this.problem(column, "Give text here, not a list or an object");
    return "";
  }

  /** A list: a JSON array, or text split on `separators`. */
  list(column: ImportColumn, separators: RegExp, splitArrayItems: boolean): string[] {
    const value = this.values[column];
    if (value === undefined || value === null) return [];
    if (typeof value === "string") return this.clean(column, value, true).split(separators);
    if (Array.isArray(value)) {
      const out: string[] = [];
      for (const item of value) {
        if (typeof item === "string" || typeof item === "number") {
          const text = this.clean(column, String(item), true);
          out.push(...(splitArrayItems ? text.split(separators) : [text]));
        } else if (item !== null) {
          this.problem(column, "List entries must be text");
          return [];
        }
      }
      return out;
    }
    if (typeof value === "number") return [String(value)];
    this.problem(column, "Give a list as text separated by semicolons, or a JSON array");
    return [];
  }

  /** A number in [min, max], or null when absent. */
  number(column: "lat" | "lng", min: number, max: number, label: string): number | null | undefined {
    const value = this.values[column];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
    const number = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : Number.NaN;
    if (!Number.isFinite(number) || number < min || number > max) {
      this.problem(column, `${label} must be a number between ${min} and ${max}`);
      return undefined;
    }
    return number;
  }

  /** Runs a field schema of the business form; the first message becomes the problem. */
  check<T>(column: ImportColumn, schema: ZodTypeAny, value: unknown): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data as T;
    this.problem(column, result.error.issues[0]?.message ?? "Not valid");
    return undefined;
  }
}
