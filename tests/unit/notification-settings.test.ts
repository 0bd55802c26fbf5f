import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "#app/domain/notification-kinds";
import {
  applyUnsubscribe,
  defaultNotificationSettings,
  parseNotificationSettings,
  serializeNotificationSettings,
  digestCutoff,
  unsubscribeDescription,
} from "#app/domain/notification-settings";
import { NotificationSettingsFormSchema } from "#app/domain/notification-settings-schema";

describe("notification settings", () => {
  it("fill a missing or unknown kind with its default, and survive broken JSON", () => {
    const defaults = defaultNotificationSettings();
    expect(defaults.message).toBe("immediately");
    expect(defaults["request-expired"]).toBe("daily");
    expect(parseNotificationSettings("{}")).toEqual(defaults);
    expect(parseNotificationSettings("not json")).toEqual(defaults);
    expect(parseNotificationSettings("[1,2]")).toEqual(defaults);
    expect(parseNotificationSettings(null)).toEqual(defaults);
    expect(parseNotificationSettings('{"message":"weekly","nudge":"off","gone-kind":"off"}')).toEqual({
      ...defaults,
      nudge: "off",
    });
    const round = parseNotificationSettings(serializeNotificationSettings({ ...defaults, message: "daily" }));
    expect(round.message).toBe("daily");
  });

  it("the form needs a known choice for every kind", () => {
    const all = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, "off"]));
    expect(NotificationSettingsFormSchema.safeParse(all).success).toBe(true);
    const bad = NotificationSettingsFormSchema.safeParse({ ...all, message: "weekly", nudge: undefined });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["message", "Choose immediately, daily digest or off."],
      ["nudge", "Choose immediately, daily digest or off."],
    ]);
  });

  it("an unsubscribe turns off its kind, or every daily kind for the digest", () => {
    const settings = { ...defaultNotificationSettings(), nudge: "daily" as const };
    expect(applyUnsubscribe(settings, "message")).toEqual({ ...settings, message: "off" });
    expect(applyUnsubscribe(settings, "digest")).toEqual({ ...settings, nudge: "off", "request-expired": "off" });
    expect(unsubscribeDescription("message")).toBe("Emails about new messages from Mutualist");
    expect(unsubscribeDescription("digest")).toBe("The daily digest email from Mutualist");
  });
});

describe("digest time", () => {
  it("is the latest 14:00 UTC at or before now", () => {
    expect(digestCutoff(new Date("2026-12-02T14:00:00Z")).toISOString()).toBe("2026-12-02T14:00:00.000Z");
    expect(digestCutoff(new Date("2026-12-02T13:59:59Z")).toISOString()).toBe("2026-12-01T14:00:00.000Z");
    expect(digestCutoff(new Date("2026-12-02T23:30:00Z")).toISOString()).toBe("2026-12-02T14:00:00.000Z");
    expect(digestCutoff(new Date("2027-01-01T01:00:00Z")).toISOString()).toBe("2026-12-31T14:00:00.000Z");
  });
});
