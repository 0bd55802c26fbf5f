import { useFetcher } from "@remix-run/react";

/** What /verify-email answers to "send the link again". */
export type ResendReply = { resend: "sent"; email: string } | { resend: "refused"; message: string };

/**
 * "Verify your email" for a signed-in owner whose address is not verified yet, with a button that
 * sends the link again (a plain form without JavaScript: the answer is then the /verify-email page).
 * Render it where an unverified owner would be stopped: the dashboard, the account page, a form
 * that needs a verified address.
 */
export function VerifyEmailNotice({ email, reason }: { email: string; reason?: string }) {
  const fetcher = useFetcher<ResendReply>();
  const reply = fetcher.data;
  return (
    <section
      aria-labelledby="verify-email-heading"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="verify-email-heading" className="font-semibold">
        Verify your email
      </h2>
      <p className="mt-1">
        {reason ?? "To propose partnerships and send messages, confirm your address."} We sent a link to{" "}
        <strong>{email}</strong>.
      </p>
      <fetcher.Form method="post" action="/verify-email" className="mt-3 flex flex-wrap items-center gap-3">
        <input type="hidden" name="intent" value="resend" />
        <button type="submit" className="btn-secondary" disabled={fetcher.state !== "idle"}>
          {fetcher.state !== "idle" ? "Sending…" : "Send the link again"}
        </button>
        <span role="status" aria-live="polite">
          {reply?.resend === "sent" ? `Sent. Check ${reply.email} (and its spam folder).` : null}
        </span>
      </fetcher.Form>
      {reply?.resend === "refused" ? (
        <p role="alert" className="field-error mt-2">
          {reply.message}
        </p>
      ) : null}
    </section>
  );
}
