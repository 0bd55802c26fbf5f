import { Form, Link, useNavigation } from "@remix-run/react";
import { linkifyText, MESSAGE_LIMITS, MESSAGE_PAGE_SIZE, type ThreadPage } from "#app/domain/message";
import { FieldErrors, FormError } from "./field";
import { formatMoment, replyErrors, replyValue, useActivityReply } from "./activity-reply";

/**
 * A partnership's thread: page 1 holds the newest messages, each page reads oldest to newest
 * (newest at the bottom, next to the box). Message text is React text, links http(s) only.
 */
export function MessageThread({ thread }: { thread: ThreadPage }) {
  const reply = useActivityReply("message");
  const navigation = useNavigation();
  const sending = navigation.state === "submitting" && navigation.formData?.get("intent") === "message";
  const newest = thread.total - (thread.page - 1) * MESSAGE_PAGE_SIZE;
  const oldest = Math.max(1, newest - MESSAGE_PAGE_SIZE + 1);
  const bodyErrors = replyErrors(reply, "body");
  return (
    <section id="messages" aria-labelledby="messages-heading" className="card space-y-4">
      <h2 id="messages-heading" className="font-semibold">
        Messages
      </h2>
      <p className="text-sm text-stone-600">
        {thread.total === 0
          ? "No messages yet."
          : `Messages ${oldest}–${newest} of ${thread.total}, oldest at the top, newest at the bottom.`}
      </p>
      {thread.page < thread.pageCount ? (
        <p className="text-sm">
          <Link to={`?messages=${thread.page + 1}#messages`} preventScrollReset>
            ← Older messages
          </Link>
        </p>
      ) : null}
      {thread.messages.length ? (
        <ol className="space-y-3">
          {thread.messages.map((message) => (
            <li
              key={message.id}
              className={`rounded-md p-3 text-sm ${message.mine ? "bg-brand-50" : "bg-stone-100"}`}
              data-testid="message"
            >
              <p className="text-xs text-stone-600">
                <span className="font-medium text-stone-800">{message.author}</span> ·{" "}
                <time dateTime={message.createdAt}>{formatMoment(message.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">
                <MessageBody body={message.body} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {thread.page > 1 ? (
        <p className="text-sm">
          <Link to={thread.page === 2 ? "?#messages" : `?messages=${thread.page - 1}#messages`} preventScrollReset>
            Newer messages →
          </Link>
        </p>
      ) : null}
      {thread.canPost ? (
        // Keyed by the newest message: after a post the box starts empty again.
        <Form method="post" key={thread.messages.at(-1)?.id ?? "none"} className="space-y-2" preventScrollReset>
          <input type="hidden" name="intent" value="message" />
          <FormError errors={replyErrors(reply, "")} />
          <label htmlFor="message-body" className="label">
            Your message
          </label>
          <textarea
            id="message-body"
            name="body"
            rows={4}
            required
            maxLength={MESSAGE_LIMITS.body}
            defaultValue={replyValue(reply, "body")}
            className="input"
            aria-invalid={bodyErrors ? true : undefined}
            aria-describedby={bodyErrors ? "message-body-error message-body-hint" : "message-body-hint"}
          />
          <p id="message-body-hint" className="hint">
            Plain text, up to {MESSAGE_LIMITS.body.toLocaleString("en-US")} characters. Only the two businesses see it.
          </p>
          <FieldErrors id="message-body-error" errors={bodyErrors} />
          <button type="submit" className="btn" disabled={sending}>
            {sending ? "Sending…" : "Send"}
          </button>
        </Form>
      ) : (
        <p className="text-sm text-stone-700">{thread.closedReason}</p>
      )}
    </section>
  );
}

function MessageBody({ body }: { body: string }) {
  return (
    <>
      {linkifyText(body).map((segment, index) =>
        segment.kind === "link" ? (
          <a key={index} href={segment.href} rel="noopener noreferrer nofollow ugc" target="_blank">
            {segment.text}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
