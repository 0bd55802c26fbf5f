import { z, type ZodTypeAny } from "zod";
import { directionControlMessage, findDirectionControl, removeInvisible, type TextOptions } from "./text";

/*
 * Apart from ./text.ts, so that a page which only cleans text (a tag field, the search box) does
 * not ship Zod with it (decision 017).
 */

/**
 * A text field: refuses direction controls with a message under `label`, then removes invisible
 * control characters before `schema` (trim, min, max …) sees the text. Non-strings pass through
 * to `schema` unchanged, so its own "required" message still shows.
 */
export function textField<T extends ZodTypeAny>(schema: T, options: TextOptions & { label: string }) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== "string") return value;
    const control = findDirectionControl(value);
    if (control) {
      // Fatal: the field's own checks would only add noise to this message.
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: directionControlMessage(options.label, control),
        fatal: true,
      });
      return value;
    }
    return removeInvisible(value, options);
  }, schema);
}
