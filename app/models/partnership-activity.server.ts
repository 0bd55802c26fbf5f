import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import { MessageSchema } from "#app/domain/message-schema";
import { balanceSentence, currencyForCountry, dayOf, seriesSummary, type LedgerView } from "#app/domain/referral";
import { MoveReferralSchema, RecordReferralSchema } from "#app/domain/referral-schema";
import type { SessionUser } from "#app/utils/session.server";
import { listMessages, postMessage } from "./messages.server";
import type { PartnershipForViewer } from "./partnership-access.server";
import { partnershipFigures } from "./referral-figures.server";
import { listReferrals, moveReferral, recordReferral } from "./referrals.server";

/**
 * What the /partnerships/:id page shows of the thread and the ledger, and the page action's
 * message and referral intents. The page finds who the viewer is (requirePartnershipForUser: the
 * owner of one side) and passes that partnership; these never trust an id from the form for it.
 */

export async function loadPartnershipActivity(partnership: PartnershipForViewer, url: URL | string) {
  const page = Number(new URL(url).searchParams.get("messages") ?? "1");
  const now = new Date();
  const [thread, referrals, figures] = await Promise.all([
    listMessages(partnership, page),
    listReferrals(partnership),
    partnershipFigures(partnership.id, partnership.self.id, now),
  ]);
  const partnerName = partnership.partner?.name ?? "a former member";
  const running = partnership.status === "accepted" && partnership.partner !== null;
  return {
    partnershipId: partnership.id,
    selfName: partnership.self.name,
    partnerName,
    thread,
    ledger: {
      referrals,
      canRecord: running,
      readOnlyReason: running
        ? null
        : partnership.status === "requested"
          ? "Referrals can be recorded once the request is accepted."
          : "This partnership has ended: its ledger is read-only.",
      /** The currency of referrals given to the partner (from its country). */
      partnerCurrency: currencyForCountry(partnership.partner?.country),
      today: dayOf(now),
      earliestDay: dayOf(partnership.createdAt),
      totals: figures.totals,
      months: figures.months,
      balance: balanceSentence(figures.totals, partnerName),
      chartUrl: `/partnerships/${partnership.id}/chart.svg`,
      chartAlt: seriesSummary(figures.months),
      csvUrl: `/partnerships/${partnership.id}/referrals.csv`,
    } satisfies LedgerView,
  };
}

export type PartnershipActivity = Awaited<ReturnType<typeof loadPartnershipActivity>>;

export const ACTIVITY_INTENTS = ["message", "referral-record", "referral-move"] as const;

export interface ActivityContext {
  partnership: PartnershipForViewer;
  user: SessionUser;
}

/**
 * The page action's message and referral intents: a redirect back to the page on success (a
 * reload repeats nothing), or the form's reply (input kept, messages by field) with 400, 403, 404,
 * 409 or 429 (`error: null` keeps the shape of the page's other answers). Null when the intent is not one of these.
 */
export async function handleActivityIntent(intent: string, formData: FormData, context: ActivityContext) {
  if (!(ACTIVITY_INTENTS as readonly string[]).includes(intent)) return null;
  const { partnership } = context;
  const back = (hash: string) => redirect(`/partnerships/${partnership.id}#${hash}`);

  if (intent === "message") {
    const submission = parseWithZod(formData, { schema: MessageSchema });
    if (submission.status !== "success") {
      return data({ error: null, activity: "message" as const, reply: submission.reply() }, { status: 400 });
    }
    const result = await postMessage({ partnership, user: context.user, body: submission.value.body });
    if (!result.ok) {
      return data(
        {
          error: null,
          activity: "message" as const,
          reply: submission.reply({ fieldErrors: { body: [result.message] } }),
        },
        {
          status: result.status,
          headers: result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined,
        },
      );
    }
    return back("messages");
  }

  if (intent === "referral-record") {
    const submission = parseWithZod(formData, { schema: RecordReferralSchema });
    if (submission.status !== "success") {
      return data({ error: null, activity: "referral-record" as const, reply: submission.reply() }, { status: 400 });
    }
    const result = await recordReferral(partnership, submission.value);
    if (!result.ok) {
      const reply = result.field
        ? submission.reply({ fieldErrors: { [result.field]: [result.message] } })
        : submission.reply({ formErrors: [result.message] });
      return data({ error: null, activity: "referral-record" as const, reply }, { status: result.status });
    }
    return back("referrals");
  }

  const referralId = String(formData.get("referralId") ?? "");
  const submission = parseWithZod(formData, { schema: MoveReferralSchema });
  if (submission.status !== "success") {
    return data(
      { error: null, activity: "referral-move" as const, referralId, reply: submission.reply() },
      { status: 400 },
    );
  }
  const result = await moveReferral(partnership, referralId, submission.value);
  if (!result.ok) {
    return data(
      {
        error: null,
        activity: "referral-move" as const,
        referralId,
        reply: submission.reply({ formErrors: [result.message] }),
      },
      { status: result.status },
    );
  }
  return back(`referral-${referralId}`);
}
