import { z } from "zod";

/**
 * Plain-words fallbacks for what the forms never send but a hand-made request can: a field twice,
 * a value outside a list. A schema's own messages still come first; these replace Zod's defaults
 * ("Expected string, received array", "Invalid enum value. Expected 'a' | 'b'…").
 * Imported for its effect by the schema modules.
 */
z.setErrorMap((issue, context) => {
  if (issue.code === z.ZodIssueCode.invalid_type) {
    return { message: issue.received === "undefined" ? "This field is required" : "Send this field once, as text" };
  }
  if (issue.code === z.ZodIssueCode.invalid_enum_value) return { message: "Pick one of the options" };
  if (issue.code === z.ZodIssueCode.invalid_literal) return { message: "Pick one of the options" };
  return { message: context.defaultError };
});
