import { z } from "zod";
import "./validation-messages";
import { LIMITS } from "./business-options";

/**
 * An email address, as the sign-up and log-in forms and a business's contact field take it. On
 * its own so that the account pages load Zod and this, not the business form's schema.
 */
export const EmailSchema = z
  .string({ required_error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .max(LIMITS.email, `Email can be at most ${LIMITS.email} characters`)
  .email("Enter an email address like name@example.com");
