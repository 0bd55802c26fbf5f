import { z } from "zod";
import "./validation-messages";
import { MESSAGE_LIMITS } from "./message";
import { textField } from "./text-field";

/** The message box (kept apart from message.ts so the page's components do not ship Zod, decision 017). */
export const MessageSchema = z.object({
  body: textField(
    z
      .string({ required_error: "Write a message" })
      .trim()
      .min(1, "Write a message")
      .max(MESSAGE_LIMITS.body, `Keep it under ${MESSAGE_LIMITS.body.toLocaleString("en-US")} characters`),
    { label: "the message", multiline: true },
  ),
});
