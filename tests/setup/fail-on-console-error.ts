import { afterEach, vi } from "vitest";
import "./per-file";

/** A console.error during a test is a failure, not noise. */
let errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length) {
    throw new Error(
      `console.error was called during the test:\n${seen.map((args) => args.map(String).join(" ")).join("\n")}`,
    );
  }
});

vi.setConfig({ testTimeout: 20_000 });
