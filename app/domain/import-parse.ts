import {
  importColumnFor,
  type ImportColumn,
  type ImportFormat,
  type ImportProblem,
  type RawImportRecord,
  type RawImportValues,
} from "./import-format";

/**
 * Reading an import file into raw records with their line numbers: CSV (RFC 4180) and JSON Lines
 * (or a JSON array). Nothing is validated here; app/domain/import-normalise.ts checks each record.
 */

export interface ParsedImport {
  records: RawImportRecord[];
  /** Problems with the file or with rows that could not be read at all. */
  problems: ImportProblem[];
  /** Rows that could not be read (each is a failure in the report). */
  unreadableRows: number;
}

export function parseImportText(text: string, format: ImportFormat): ParsedImport {
  return format === "csv" ? parseCsvRecords(text) : parseJsonLines(text);
}

const REQUIRED_COLUMNS: ImportColumn[] = ["name", "categories", "city"];

// ---------------------------------------------------------------------------------------------
// CSV

export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: quoted fields with "" for a quote, commas and line breaks inside quotes, CRLF or
 * LF (or CR) line ends, a leading UTF-8 byte-order mark. Blank lines are skipped. Lenient where
 * the RFC is strict: text after a closing quote is kept, a quote inside an unquoted field is text.
 */
export function parseCsv(text: string): { rows: CsvRow[]; problems: ImportProblem[] } {
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = "";
      if (text.charCodeAt(i) === 34 /* " */) {
        i++;
        let closed = false;
        while (i < n) {
          const quote = text.indexOf('"', i);
          if (quote === -1) break;
          const chunk = text.slice(i, quote);
          line += countLineBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(quote + 1) === 34) {
            value += '"';
            i = quote + 2;
          } else {
            i = quote + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          problems.push({
            line: recordLine,
            field: "row",
            message: "A quoted field is never closed: this row and the rest of the file were skipped",
          });
          return { rows, problems };
        }
      }
      // Unquoted text, or anything after a closing quote, up to the next separator.
      let j = i;
      while (j < n) {
        const code = text.charCodeAt(j);
        if (code === 44 /* , */ || code === 10 || code === 13) break;
        j++;
      }
      value += text.slice(i, j);
      cells.push(value);
      if (j >= n) {
        i = n;
        endOfRecord = true;
      } else if (text.charCodeAt(j) === 44) {
        i = j + 1;
        if (i >= n) {
          cells.push("");
          endOfRecord = true;
        }
      } else {
        i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
        line++;
        endOfRecord = true;
      }
    }
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ line: recordLine, cells });
  }
  return { rows, problems };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 10) count++;
    else if (code === 13 && text.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}

/**
 * Spreadsheet formula guard written by toCsv (app/domain/export-format.ts, "'=SUM(…)"): one leading
 * apostrophe is removed.
 */
function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function parseCsvRecords(text: string): ParsedImport {
  const { rows, problems } = parseCsv(text);
  const [header, ...data] = rows;
  if (!header) return { records: [], problems, unreadableRows: problems.length };
  const columns: ({ column: ImportColumn; rank: number } | undefined)[] = header.cells.map((cell) =>
    importColumnFor(cell.trim()),
  );
  const index = new Map<ImportColumn, { position: number; rank: number }>();
  columns.forEach((entry, position) => {
    if (!entry) return;
    const existing = index.get(entry.column);
    if (!existing || entry.rank < existing.rank) index.set(entry.column, { position, rank: entry.rank });
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  if (missing.length) {
    problems.unshift({
      line: header.line,
      field: "header",
      message: `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. The first row must name the columns (name, categories, city, …)`,
    });
    return { records: [], problems, unreadableRows: data.length + problems.length - 1 };
  }
  const records = data.map((row) => {
    const values: RawImportValues = {};
    for (const [column, { position }] of index) {
      const cell = row.cells[position];
      if (cell !== undefined) values[column] = unescapeFormula(cell);
    }
    return { line: row.line, values };
  });
  return { records, problems, unreadableRows: problems.length };
}

// ---------------------------------------------------------------------------------------------
// JSON Lines (and, for .json files, a JSON array of objects)

function valuesOf(object: Record<string, unknown>): RawImportValues {
  const values: RawImportValues = {};
  const ranks = new Map<ImportColumn, number>();
  for (const [key, value] of Object.entries(object)) {
    const entry = importColumnFor(key);
    if (!entry) continue;
    const rank = ranks.get(entry.column);
    if (rank === undefined || entry.rank < rank) {
      values[entry.column] = value;
      ranks.set(entry.column, entry.rank);
    }
  }
  return values;
}

function isSingleJsonObject(text: string): boolean {
  try {
    return isPlainObject(JSON.parse(text));
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJsonLines(text: string): ParsedImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith("[")) return parseJsonArray(body);
  // One object written over several lines (a pretty-printed .json file) is one record.
  if (body.trimStart().startsWith("{") && isSingleJsonObject(body)) return parseJsonArray(`[${body}]`);
  const records: RawImportRecord[] = [];
  const problems: ImportProblem[] = [];
  const lines = body.split("\n");
  for (const [index, raw] of lines.entries()) {
    const lineText = raw.trim();
    if (!lineText) continue;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      problems.push({ line, field: "row", message: "Not valid JSON: each line must be one JSON object" });
      continue;
    }
    if (!isPlainObject(value)) {
      problems.push({ line, field: "row", message: 'Each line must be a JSON object like {"name": …}' });
      continue;
    }
    records.push({ line, values: valuesOf(value) });
  }
  return { records, problems, unreadableRows: problems.length };
}

function parseJsonArray(text: string): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      records: [],
      problems: [
        { line: 1, field: "row", message: "Not valid JSON: give one JSON object per line, or one array of objects" },
      ],
      unreadableRows: 1,
    };
  }
  const items = Array.isArray(value) ? value : [];
  const lines = topLevelElementLines(text);
  const records: RawImportRecord[] = [];
  const problems: ImportProblem[] = [];
  items.forEach((item: unknown, index) => {
    const line = lines[index] ?? 1;
    if (isPlainObject(item)) records.push({ line, values: valuesOf(item) });
    else problems.push({ line, field: "row", message: 'Each entry must be a JSON object like {"name": …}' });
  });
  return { records, problems, unreadableRows: problems.length };
}

/** The line on which each element of a top-level JSON array starts. */
function topLevelElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expecting = false;
  for (const ch of text) {
    if (ch === "\n") line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (depth === 1 && expecting && ch !== "]") {
      lines.push(line);
      expecting = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expecting = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expecting = true;
  }
  return lines;
}
