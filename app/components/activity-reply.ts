import { useActionData } from "@remix-run/react";

/** A form's reply from the page action (Conform's submission.reply()): the input kept, messages by field ("" = the whole form). */
export interface FormReply {
  initialValue?: Record<string, unknown> | null;
  error?: Record<string, string[] | null> | null;
}

interface ActivityAnswer {
  activity?: string;
  referralId?: string;
  reply?: FormReply;
}

/**
 * The reply meant for one of the activity forms on a partnership page (the page has several:
 * the message box, the referral form, one per referral), or undefined.
 */
export function useActivityReply(activity: string, referralId?: string): FormReply | undefined {
  const answer = useActionData() as ActivityAnswer | undefined;
  if (!answer || answer.activity !== activity) return undefined;
  if (referralId !== undefined && answer.referralId !== referralId) return undefined;
  return answer.reply;
}

export function replyValue(reply: FormReply | undefined, name: string): string | undefined {
  const value = reply?.initialValue?.[name];
  return typeof value === "string" ? value : undefined;
}

export function replyErrors(reply: FormReply | undefined, name: string): string[] | undefined {
  const errors = reply?.error?.[name];
  return errors?.length ? errors : undefined;
}

/** "1 Dec 2026, 14:05 UTC": the same on the server and in the browser. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return `${day}, ${iso.slice(11, 16)} UTC`;
}
