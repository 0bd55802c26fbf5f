import { z } from "zod";
import "./validation-messages";
import { dayOf, REFERRAL_LIMITS } from "./referral";
import { textField } from "./text-field";

/**
 * The ledger's forms (kept apart from referral.ts so the page's components do not ship Zod,
 * decision 017). The day's range needs today and the partnership: referredOnProblem in referral.ts.
 */

const wholeUnits = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s,]/g, "") : value),
    z
      .string({ required_error: `Enter the ${label}` })
      .regex(/^\d+$/, `Enter the ${label} as a whole number, without a currency sign or decimals`)
      .transform(Number)
      .pipe(
        z.number().max(REFERRAL_LIMITS.maxValue, `Enter at most ${REFERRAL_LIMITS.maxValue.toLocaleString("en-US")}`),
      ),
  );

/**
 * The "record a referral" form. `referredOn` is a day ("YYYY-MM-DD"); its range (not in the
 * future, not before the partnership's request) is checked by `referredOnProblem`, which needs
 * today and the partnership.
 */
export const RecordReferralSchema = z.object({
  need: textField(
    z
      .string({ required_error: "Say what the customer needs" })
      .trim()
      .min(1, "Say what the customer needs")
      .max(REFERRAL_LIMITS.need, `Keep it under ${REFERRAL_LIMITS.need} characters`),
    { label: "what the customer needs", multiline: true },
  ),
  customerContact: textField(
    z
      .string()
      .trim()
      .max(REFERRAL_LIMITS.customerContact, `Keep it under ${REFERRAL_LIMITS.customerContact} characters`)
      .optional(),
    { label: "the customer contact" },
  ),
  expectedValue: wholeUnits("expected value").optional(),
  referredOn: z
    .string({ required_error: "Enter the day you referred them" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2026-12-01")
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && dayOf(new Date(`${day}T00:00:00Z`)) === day, {
      message: "Enter a real date",
    }),
});
export type RecordReferral = z.infer<typeof RecordReferralSchema>;

/** The receiver's forms: one per move. */
export const MoveReferralSchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("contacted") }),
  z.object({
    to: z.literal("won"),
    wonValue: wholeUnits("value of the closed business"),
  }),
  z.object({
    to: z.literal("lost"),
    lostReason: textField(
      z
        .string({ required_error: "Say why it was lost" })
        .trim()
        .min(1, "Say why it was lost")
        .max(REFERRAL_LIMITS.lostReason, `Keep it under ${REFERRAL_LIMITS.lostReason} characters`),
      { label: "the reason" },
    ),
  }),
]);
export type MoveReferral = z.infer<typeof MoveReferralSchema>;
