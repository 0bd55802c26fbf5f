import { describe, expect, it } from "vitest";
import {
  changeEmailMail,
  emailChangedMail,
  resetPasswordMail,
  signUpExistingMail,
  tokenLink,
  verifyEmailMail,
} from "#app/domain/account-mail";
import { DisplayNameFormSchema, EmailTokenSchema, SignUpSchema } from "#app/domain/auth-schema";
import { MailMessageSchema } from "#app/domain/mail-message";

const appUrl = "https://mutualist.example/";
const token = "abcdefghijklmnopqrstuvwxyz234567";

describe("account emails", () => {
  const all = [
    verifyEmailMail({ appUrl, to: "ana@example.com", token }),
    signUpExistingMail({ appUrl, to: "ana@example.com" }),
    resetPasswordMail({ appUrl, to: "ana@example.com", token }),
    changeEmailMail({ appUrl, to: "new@example.com", token, oldEmail: "ana@example.com" }),
    emailChangedMail({ appUrl, to: "ana@example.com", newEmail: "new@example.com", done: false }),
    emailChangedMail({ appUrl, to: "ana@example.com", newEmail: "new@example.com", done: true }),
  ];

  it("are valid outbox messages with both parts and no unsubscribe link (they are not notifications)", () => {
    for (const mail of all) {
      expect(() => MailMessageSchema.parse(mail)).not.toThrow();
      expect(mail.text).not.toMatch(/unsubscribe/i);
      expect(mail.html).not.toMatch(/unsubscribe/i);
      expect(mail.headers).toEqual({});
    }
    expect(all.map((mail) => mail.kind)).toEqual([
      "verify-email",
      "signup-existing",
      "reset-password",
      "change-email",
      "email-changed",
      "email-changed",
    ]);
  });

  it("carry absolute links from the app's base URL, the same in the text and HTML parts", () => {
    const verify = all[0]!;
    const link = "https://mutualist.example/verify-email?token=abcdefghijklmnopqrstuvwxyz234567";
    expect(verify.text).toContain(`Confirm my email: ${link}`);
    expect(verify.html).toContain(`href="${link}"`);
    expect(tokenLink(appUrl, "reset-password", token)).toBe(`https://mutualist.example/reset-password?token=${token}`);
    expect(all[1]!.text).toContain("https://mutualist.example/login");
    expect(all[1]!.text).toContain("https://mutualist.example/forgot-password");
    expect(all[3]!.text).toContain(`https://mutualist.example/change-email?token=${token}`);
  });

  it("say how long each link lasts", () => {
    expect(all[0]!.text).toContain("48 hours");
    expect(all[2]!.text).toContain("1 hour");
    expect(all[3]!.text).toContain("48 hours");
  });

  it("escape what the owner typed in the HTML part", () => {
    const mail = changeEmailMail({ appUrl, to: "new@example.com", token, oldEmail: "a<b>@example.com" });
    expect(mail.html).toContain("a&lt;b&gt;@example.com");
  });
});

describe("account form schemas", () => {
  it("take a display name of 1 to 80 characters, trimmed, refusing direction controls", () => {
    expect(DisplayNameFormSchema.parse({ displayName: "  Ana Ruiz \u0007" })).toEqual({ displayName: "Ana Ruiz" });
    expect(DisplayNameFormSchema.safeParse({ displayName: "   " }).success).toBe(false);
    expect(DisplayNameFormSchema.safeParse({ displayName: "é".repeat(80) }).success).toBe(true);
    expect(DisplayNameFormSchema.safeParse({ displayName: "é".repeat(81) }).success).toBe(false);
    const bidi = DisplayNameFormSchema.safeParse({ displayName: "Ana\u202E" });
    expect(bidi.error?.issues[0]?.message).toContain("U+202E");
  });

  it("let sign-up go without a name", () => {
    const form = { email: "Ana@Example.com", password: "a long passphrase" };
    expect(SignUpSchema.parse(form)).toEqual({
      email: "ana@example.com",
      password: "a long passphrase",
      displayName: "",
    });
    expect(SignUpSchema.parse({ ...form, displayName: " Ana " }).displayName).toBe("Ana");
  });

  it("take only a well-formed link token", () => {
    expect(EmailTokenSchema.safeParse(token).success).toBe(true);
    expect(EmailTokenSchema.safeParse(`${token}x`).success).toBe(false);
    expect(EmailTokenSchema.safeParse("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").success).toBe(false);
  });
});
