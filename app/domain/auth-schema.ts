import { z } from "zod";
import { EmailSchema } from "./email-schema";
import { PASSWORD_RULES } from "./password-rules";

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

export const SignUpSchema = z
  .object({
    email: EmailSchema,
    password: PasswordSchema,
    redirectTo: z.string().optional(),
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
