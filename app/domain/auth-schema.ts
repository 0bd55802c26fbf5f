import { z } from "zod";
import { EmailSchema } from "./email-schema";
import { PASSWORD_RULES } from "./password-rules";
import { DISPLAY_NAME_RULES } from "./display-name-rules";
import { textField } from "./text-field";

export { PASSWORD_RULES };

/**
 * Passwords are taken exactly as typed: no trimming and no control-character rule
 * (app/domain/text.ts). They are only hashed, never shown, and changing them would lock out
 * whoever chose such a character.
 */
export const PasswordSchema = z
  .string({ required_error: "Enter a password" })
  .min(PASSWORD_RULES.min, `Use at least ${PASSWORD_RULES.min} characters`)
  .max(PASSWORD_RULES.max, `Use at most ${PASSWORD_RULES.max} characters`);

const DISPLAY_NAME_MAX = DISPLAY_NAME_RULES.max;

/** The name other owners see on requests and messages: 1–80 characters once trimmed. */
export const DisplayNameSchema = textField(
  z
    .string({ required_error: "Enter your name" })
    .trim()
    .min(1, "Enter your name")
    .max(DISPLAY_NAME_MAX, `Your name can be at most ${DISPLAY_NAME_MAX} characters`),
  { label: "your name" },
);

/** At sign-up the name may wait: an empty field is "" (set it later on /account). */
const OptionalDisplayNameSchema = textField(
  z
    .string()
    .trim()
    .max(DISPLAY_NAME_MAX, `Your name can be at most ${DISPLAY_NAME_MAX} characters`)
    .optional()
    .transform((value) => value ?? ""),
  { label: "your name" },
);

export const SignUpSchema = z
  .object({
    displayName: OptionalDisplayNameSchema,
    email: EmailSchema,
    password: PasswordSchema,
  })
  .refine((form) => form.password.toLowerCase() !== form.email, {
    path: ["password"],
    message: "Don't use your email address as your password",
  });

export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string({ required_error: "Enter your password" }).max(PASSWORD_RULES.max, "Password is too long"),
  redirectTo: z.string().optional(),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ required_error: "Enter your current password" }).max(PASSWORD_RULES.max),
    newPassword: PasswordSchema,
    confirmPassword: z.string({ required_error: "Repeat the new password" }),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  });

export const DeleteAccountSchema = z.object({
  password: z.string({ required_error: "Enter your password to confirm" }).max(PASSWORD_RULES.max),
  confirm: z.literal("DELETE", { errorMap: () => ({ message: "Type DELETE to confirm" }) }),
});

export const DisplayNameFormSchema = z.object({ displayName: DisplayNameSchema });

export const ForgotPasswordSchema = z.object({ email: EmailSchema });

/** The token in an emailed link: what `createEmailToken` makes (32 base32 characters). */
export const EmailTokenSchema = z
  .string({ required_error: "This link is incomplete" })
  .regex(/^[a-z2-7]{32}$/, "This link is incomplete or damaged");

export const ResetPasswordSchema = z
  .object({
    token: EmailTokenSchema,
    newPassword: PasswordSchema,
    confirmPassword: z.string({ required_error: "Repeat the new password" }),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  });

export const ChangeEmailSchema = z.object({
  newEmail: EmailSchema,
  password: z.string({ required_error: "Enter your password to confirm" }).max(PASSWORD_RULES.max),
});
