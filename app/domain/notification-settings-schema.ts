import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "#app/domain/notification-kinds";
import { EMAIL_DELIVERIES } from "#app/domain/notification-settings";

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
