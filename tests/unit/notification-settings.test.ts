import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "#app/domain/notification-kinds";
import {
  applyUnsubscribe,
  DEFAULT_DIGEST_TIME,
  defaultNotificationSettings,
  digestCutoff,
  isTimeZone,
  parseDigestTime,
  parseNotificationSettings,
  serializeNotificationSettings,
  summariseNotificationSettings,
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

  it("follows the owner's own clock, summer and winter, either side of UTC", () => {
    const portland = { hour: 8, timeZone: "America/Los_Angeles" };
    // 08:00 in Portland is 15:00 UTC in summer (UTC−7) and 16:00 UTC in winter (UTC−8).
    expect(digestCutoff(new Date("2026-07-01T15:30:00Z"), portland).toISOString()).toBe("2026-07-01T15:00:00.000Z");
    expect(digestCutoff(new Date("2026-07-01T14:59:59Z"), portland).toISOString()).toBe("2026-06-30T15:00:00.000Z");
    expect(digestCutoff(new Date("2026-01-15T16:10:00Z"), portland).toISOString()).toBe("2026-01-15T16:00:00.000Z");
    // 07:00 in Sydney (UTC+11 in January) is 20:00 UTC the day before.
    const sydney = { hour: 7, timeZone: "Australia/Sydney" };
    expect(digestCutoff(new Date("2026-01-15T00:00:00Z"), sydney).toISOString()).toBe("2026-01-14T20:00:00.000Z");
    expect(digestCutoff(new Date("2026-01-14T19:00:00Z"), sydney).toISOString()).toBe("2026-01-13T20:00:00.000Z");
  });

  it("is summed up in one line with the deliveries, and the digest time only when a kind uses it", () => {
    const settings = defaultNotificationSettings();
    expect(summariseNotificationSettings(settings, { hour: 7, timeZone: "America/Los_Angeles" })).toBe(
      "Immediately: 8 kinds · Daily digest: 1 kind. The digest comes at 07:00 (America/Los Angeles).",
    );
    const noDigest = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, "off"])) as typeof settings;
    expect(summariseNotificationSettings(noDigest, DEFAULT_DIGEST_TIME)).toBe("Off: 9 kinds.");
  });

  it("is stored with the settings, and read back as the default when missing or unknown", () => {
    const settings = defaultNotificationSettings();
    const stored = serializeNotificationSettings(settings, { hour: 7, timeZone: "Europe/London" });
    expect(parseDigestTime(stored)).toEqual({ hour: 7, timeZone: "Europe/London" });
    expect(parseNotificationSettings(stored)).toEqual(settings);
    expect(parseDigestTime(null)).toEqual(DEFAULT_DIGEST_TIME);
    expect(parseDigestTime('{"digest":{"hour":25,"timeZone":"UTC"}}')).toEqual(DEFAULT_DIGEST_TIME);
    expect(parseDigestTime('{"digest":{"hour":8,"timeZone":"Mars/Olympus"}}')).toEqual(DEFAULT_DIGEST_TIME);
    expect(parseDigestTime("not json")).toEqual(DEFAULT_DIGEST_TIME);
    expect(isTimeZone("America/Los_Angeles")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
