import { z } from "zod";
import "./validation-messages";
import { PARTNERSHIP_KINDS } from "./business-options";
import { isRealSentence, PARTNERSHIP_LIMITS } from "./partnership";
import { textField } from "./text-field";

/*
 * The partnership forms' schemas, apart from ./partnership.ts so that the pages which only show
 * states and labels do not carry Zod to the browser (page weight, decision 017).
 */

const kindValues = PARTNERSHIP_KINDS.map((kind) => kind.value) as unknown as [string, ...string[]];

/** The request form: one schema for the browser's instant check and the action's real one. */
export const PartnershipRequestSchema = z.object({
  kind: z.enum(kindValues, { required_error: "Pick the kind of partnership" }),
  forThem: textField(
    z
      .string({ required_error: "Say what is in it for them" })
      .trim()
      .min(
        PARTNERSHIP_LIMITS.forThem.min,
        `Say what is in it for them in at least ${PARTNERSHIP_LIMITS.forThem.min} characters`,
      )
      .max(PARTNERSHIP_LIMITS.forThem.max, `Keep it to ${PARTNERSHIP_LIMITS.forThem.max} characters`)
      .refine(isRealSentence, "Write it as a sentence or two: what they get from partnering with you"),
    { label: "What's in it for them", multiline: true },
  ),
  inReturn: textField(
    z
      .string()
      .trim()
      .max(PARTNERSHIP_LIMITS.inReturn, `Keep it to ${PARTNERSHIP_LIMITS.inReturn} characters`)
      .optional()
      .default(""),
    { label: "What you would like in return", multiline: true },
  ),
  horizon: z.enum(["one-off", "long-term"], { required_error: "Pick one-off or long-term" }),
});
export type PartnershipRequest = z.infer<typeof PartnershipRequestSchema>;

/** An optional reason (declining, ending). */
export const ReasonSchema = z.object({
  reason: textField(
    z
      .string()
      .trim()
      .max(PARTNERSHIP_LIMITS.reason, `Keep the reason to ${PARTNERSHIP_LIMITS.reason} characters`)
      .optional()
      .default(""),
    { label: "The reason", multiline: true },
  ),
});
