import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "#app/domain/notification-kinds";
import { EMAIL_DELIVERIES, isTimeZone } from "#app/domain/notification-settings";

// Apart from ./notification-settings.ts, whose labels reach the browser without Zod (decision 017).

const DeliveryChoiceSchema = z.enum(EMAIL_DELIVERIES, {
  errorMap: () => ({ message: "Choose immediately, daily digest or off." }),
});

/** The settings form: one choice per kind, each required. */
export const NotificationSettingsFormSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, DeliveryChoiceSchema])) as unknown as Record<
    NotificationKind,
    typeof DeliveryChoiceSchema
  >,
);

/** The digest time's two fields: an hour on the hour (0–23), and a time zone from the list. */
export const DigestTimeFormSchema = z.object({
  digestHour: z
    .string()
    .refine((value) => /^(?:1?[0-9]|2[0-3])$/.test(value), "Choose an hour from the list.")
    .transform(Number),
  timeZone: z.string().refine(isTimeZone, "Choose a time zone from the list."),
});
