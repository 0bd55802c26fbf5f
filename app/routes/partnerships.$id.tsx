import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { DoneNote } from "#app/components/done-note";
import { errorMeta } from "#app/components/general-error-boundary";
import { MessageThread } from "#app/components/message-thread";
import { ReferralLedger } from "#app/components/referral-ledger";
import { formatDay, PARTNERSHIP_LIMITS } from "#app/domain/partnership";
import { ReasonSchema } from "#app/domain/partnership-schema";
import { blockBusiness, unblockBusiness } from "#app/models/blocks.server";
import { handleActivityIntent, loadPartnershipActivity } from "#app/models/partnership-activity.server";
import { requirePartnershipForUser } from "#app/models/partnership-access.server";
import { partnershipPage, type PartnershipPage } from "#app/models/partnership-views.server";
import { actOnPartnership } from "#app/models/partnerships.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { withRetryAfter } from "#app/utils/rate-limit.server";
import { requireUser } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error
    ? errorMeta(error)
    : [
        {
          title: `${data?.partnership.mine.name} and ${data?.partnership.other?.name ?? "a former member"} · Mutualist`,
        },
      ];

export async function loader({ request, params }: LoaderFunctionArgs) {
  // Only the owners of the two businesses see a partnership; for anyone else it does not exist (404).
  const user = await requireUser(request);
  const partnership = await requirePartnershipForUser(params.id ?? "", user.id);
  const [page, activity] = await Promise.all([
    partnershipPage(partnership),
    loadPartnershipActivity(partnership, request.url),
  ]);
  return { partnership: page, activity };
}

/** A 429 from the message box carries Retry-After. */
export const headers = withRetryAfter;

type ActionAnswer = { error: string | null; reasonError?: string; intent?: string };

/**
 * One switch of intents. Each answers a redirect back to this page with what was done (so a reload
 * does not repeat it), or the refusal next to the controls.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const partnership = await requirePartnershipForUser(params.id ?? "", user.id);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const back = (done: string) => redirect(`/partnerships/${partnership.id}?done=${done}`);
  switch (intent) {
    case "accept":
    case "decline":
    case "withdraw":
    case "end": {
      const reason = ReasonSchema.safeParse({ reason: form.get("reason") ?? undefined });
      if (!reason.success)
        return data<ActionAnswer>(
          { error: null, intent, reasonError: reason.error.issues[0]?.message ?? "Check the reason." },
          { status: 400 },
        );
      const result = await actOnPartnership({
        userId: user.id,
        partnershipId: partnership.id,
        action: intent,
        reason: reason.data.reason,
      });
      if (!result.ok) return data<ActionAnswer>({ error: result.message, intent }, { status: result.status });
      return back(intent);
    }
    case "block":
    case "unblock": {
      const { self, partner } = partnership;
      if (!partner) return data<ActionAnswer>({ error: "That business has left Mutualist." }, { status: 409 });
      const result =
        intent === "block"
          ? await blockBusiness(user.id, self.id, partner.id)
          : await unblockBusiness(user.id, self.id, partner.id);
      if (!result.ok) return data<ActionAnswer>({ error: result.message, intent }, { status: result.status });
      return back(intent);
    }
    default: {
      // Messages and referrals (app/models/partnership-activity.server.ts).
      const answer = await handleActivityIntent(intent, form, { partnership, user });
      if (answer) return answer;
      throw unknownIntent();
    }
  }
}

const DONE: Record<string, string> = {
  sent: "Request sent. You will be told when they answer.",
  accept: "Accepted: you are partners now.",
  decline: "Declined. They have been told.",
  withdraw: "Request withdrawn.",
  end: "Partnership ended. They have been told.",
  block: "Blocked: no requests or messages either way, and neither of you is suggested to the other.",
  unblock: "Unblocked.",
};

export default function PartnershipRoute() {
  const { partnership: p, activity } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = DONE[searchParams.get("done") ?? ""];
  const fromName = p.from?.name ?? "a former member";
  const toName = p.to?.name ?? "a former member";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm text-stone-600">
        <Link to="/partnerships">Partnerships</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          <BusinessLink business={p.from} /> and <BusinessLink business={p.to} />
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
          <span className="chip" data-status={p.status}>
            {p.statusLabel}
          </span>
          <span>
            {p.kind} · {p.horizon}
          </span>
        </p>
        <StatusLine p={p} />
      </header>
      {done && !answer ? <DoneNote text={done} /> : null}
      {answer?.error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {answer.error}
        </p>
      ) : null}

      <section className="grid gap-4 sm:grid-cols-2" aria-label="What each side gives">
        <div className="card space-y-1">
          <h2 className="font-semibold">
            What {fromName} offers {toName}
          </h2>
          <p className="whitespace-pre-line text-sm">{p.forThem}</p>
          <p className="text-xs text-stone-600">
            Sent {formatDay(p.createdAt)}
            {p.senderName ? ` by ${p.senderName} for ${fromName}` : ""}
          </p>
        </div>
        <div className="card space-y-1">
          <h2 className="font-semibold">What {fromName} would like in return</h2>
          <p className="whitespace-pre-line text-sm">{p.inReturn || "Nothing in particular."}</p>
        </div>
      </section>

      <Controls p={p} answer={answer} />

      {p.status === "accepted" || p.status === "ended" ? (
        <ReferralLedger ledger={activity.ledger} partnerName={activity.partnerName} />
      ) : null}
      <MessageThread thread={activity.thread} />
    </div>
  );
}

function BusinessLink({ business }: { business: PartnershipPage["from"] }) {
  return business ? <Link to={`/b/${business.slug}`}>{business.name}</Link> : <span>a former member</span>;
}

function StatusLine({ p }: { p: PartnershipPage }) {
  const other = p.other?.name ?? "a former member";
  const text =
    p.status === "requested"
      ? p.side === "to"
        ? `Waiting for your answer. The request expires on ${formatDay(p.expiresAt)}.`
        : `Waiting for ${other} to answer. The request expires on ${formatDay(p.expiresAt)}.`
      : p.status === "accepted"
        ? `Partners since ${formatDay(p.respondedAt ?? p.createdAt)}.`
        : p.status === "declined"
          ? `Declined on ${formatDay(p.respondedAt ?? p.createdAt)}${p.declineReason ? `: “${p.declineReason}”` : "."}`
          : p.status === "withdrawn"
            ? `Withdrawn on ${formatDay(p.endedAt ?? p.createdAt)}.`
            : p.status === "expired"
              ? `Expired unanswered on ${formatDay(p.endedAt ?? p.expiresAt)}.`
              : `Ended by ${p.endedByMe ? "you" : other} on ${formatDay(p.endedAt ?? p.createdAt)}${p.endedReason ? `: “${p.endedReason}”` : "."}`;
  return <p className="whitespace-pre-line text-sm">{text}</p>;
}

function Controls({ p, answer }: { p: PartnershipPage; answer: ActionAnswer | undefined }) {
  const other = p.other?.name ?? "a former member";
  if (p.actions.length === 0 && !p.other) return null;
  return (
    <section aria-labelledby="controls-heading" className="card space-y-4">
      <h2 id="controls-heading" className="font-semibold">
        What you can do
      </h2>
      {/* Empty once nothing is left to answer (declined, ended): hidden, so no gap under the heading. */}
      <div className="flex flex-wrap items-start gap-3 empty:hidden">
        {p.actions.includes("accept") ? (
          <Form method="post">
            <button type="submit" name="intent" value="accept" className="btn">
              Accept
            </button>
          </Form>
        ) : null}
        {p.actions.includes("decline") ? (
          <ConfirmMove
            intent="decline"
            summary="Decline…"
            submit="Decline the request"
            answer={answer}
            reasonFor={other}
          >
            <p className="text-sm text-stone-700">
              {other} will not be able to ask again for {PARTNERSHIP_LIMITS.declineCoolDownDays} days.
            </p>
          </ConfirmMove>
        ) : null}
        {p.actions.includes("withdraw") ? (
          <ConfirmMove intent="withdraw" summary="Withdraw…" submit="Withdraw the request" answer={answer}>
            <p className="text-sm text-stone-700">It still counts towards this week&rsquo;s requests.</p>
          </ConfirmMove>
        ) : null}
        {p.actions.includes("end") ? (
          <ConfirmMove
            intent="end"
            summary="End the partnership…"
            submit="End the partnership"
            answer={answer}
            reasonFor={other}
          />
        ) : null}
      </div>
      {p.other ? (
        p.blockedByMe ? (
          <Form method="post">
            <p className="text-sm text-stone-700">You blocked {other}.</p>
            <button type="submit" name="intent" value="unblock" className="btn-secondary mt-2">
              Unblock {other}
            </button>
          </Form>
        ) : (
          <details>
            <summary className="cursor-pointer text-sm text-red-800">Block {other}…</summary>
            <Form method="post" className="mt-3 space-y-2">
              <p className="text-sm text-stone-700">
                No requests or messages either way, and neither of you is suggested to the other.
                {p.status === "requested"
                  ? p.side === "to"
                    ? " This request is declined."
                    : " Your request is withdrawn."
                  : p.status === "accepted"
                    ? ` The partnership ends and ${other} is told.`
                    : ""}
              </p>
              <button type="submit" name="intent" value="block" className="btn-danger">
                Block {other}
              </button>
            </Form>
          </details>
        )
      ) : null}
    </section>
  );
}

/**
 * A move that asks first: a disclosure holding its form, open again when the answer was about it.
 * With `reasonFor`, an optional reason that business will see.
 */
function ConfirmMove(props: {
  intent: "decline" | "withdraw" | "end";
  summary: string;
  submit: string;
  answer: ActionAnswer | undefined;
  reasonFor?: string;
  children?: ReactNode;
}) {
  const { intent, answer } = props;
  const reasonError = answer?.intent === intent ? answer.reasonError : undefined;
  return (
    // Closed, it sits beside "Accept"; open, its form takes the whole row.
    <details className="open:w-full" open={answer?.intent === intent || undefined}>
      <summary className="btn-secondary inline-block cursor-pointer">{props.summary}</summary>
      <Form method="post" className="mt-3 space-y-2">
        {props.reasonFor ? (
          <>
            <label htmlFor={`${intent}-reason`} className="label">
              Reason (optional, {props.reasonFor} will see it)
            </label>
            <textarea
              id={`${intent}-reason`}
              name="reason"
              rows={3}
              maxLength={PARTNERSHIP_LIMITS.reason}
              className="input"
              aria-describedby={reasonError ? `${intent}-reason-error` : undefined}
            />
            {reasonError ? (
              <p id={`${intent}-reason-error`} className="field-error" role="alert">
                {reasonError}
              </p>
            ) : null}
          </>
        ) : null}
        {props.children}
        <button type="submit" name="intent" value={intent} className="btn-danger">
          {props.submit}
        </button>
      </Form>
    </details>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
