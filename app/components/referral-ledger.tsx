import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import {
  formatMoney,
  formatMoneyTotals,
  formatWonRate,
  REFERRAL_LIMITS,
  STATUS_LABELS,
  type LedgerFigures,
  type LedgerReferral,
  type LedgerView,
  type MonthPoint,
} from "#app/domain/referral";
import { mailtoHref, telHref } from "#app/domain/contact-links";
import { Field, FormError } from "./field";
import { formatDay } from "#app/domain/partnership";
import { replyErrors, replyValue, useActivityReply, type FormReply } from "./activity-reply";

/** The referral ledger of one partnership: figures, chart, the record form and every referral. */
export function ReferralLedger({ ledger, partnerName }: { ledger: LedgerView; partnerName: string }) {
  return (
    <section id="referrals" aria-labelledby="referrals-heading" className="card space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="referrals-heading" className="font-semibold">
          Referral ledger
        </h2>
        {ledger.referrals.length ? (
          <a href={ledger.csvUrl} className="text-sm" download>
            Download the ledger (CSV)
          </a>
        ) : null}
      </div>
      <ReferralFigures
        totals={ledger.totals}
        balance={ledger.balance}
        months={ledger.months}
        chartUrl={ledger.chartUrl}
        chartAlt={ledger.chartAlt}
        partnerName={partnerName}
      />
      {ledger.canRecord ? (
        <RecordReferralForm ledger={ledger} partnerName={partnerName} />
      ) : (
        <p className="text-sm text-stone-700">{ledger.readOnlyReason}</p>
      )}
      {ledger.referrals.length ? (
        <ol className="space-y-3" aria-label="Referrals, newest first">
          {ledger.referrals.map((referral) => (
            <ReferralItem key={referral.id} referral={referral} partnerName={partnerName} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** Counts, won rate and value each way, the balance, and the chart with its table (also on the business page). */
export function ReferralFigures(props: {
  totals: LedgerFigures;
  balance: string;
  months: MonthPoint[];
  chartUrl: string;
  chartAlt: string;
  partnerName?: string;
}) {
  const { given, received } = props.totals;
  const other = props.partnerName ?? "partners";
  const balance = (
    <p className="font-medium" data-testid="balance">
      {props.balance}
    </p>
  );
  // Nothing either way yet: the sentence says so; an all-zero table and an empty chart add nothing.
  if (given.count + received.count === 0) return balance;
  return (
    <div className="space-y-3">
      {balance}
      <table className="w-full text-left text-sm [&_td]:pr-3 [&_td]:align-top">
        <caption className="sr-only">Referrals each way</caption>
        <thead>
          <tr className="text-stone-600">
            <th scope="col" className="py-1 font-medium" />
            {/* Short on screen (a long business name squeezed the columns on a phone), whole when read out. */}
            <th scope="col" className="py-1 font-medium">
              Sent<span className="sr-only"> to {other}</span>
            </th>
            <th scope="col" className="py-1 font-medium">
              Received<span className="sr-only"> from {other}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="py-1 font-medium">
              Referrals
            </th>
            <td>{given.count}</td>
            <td>{received.count}</td>
          </tr>
          <tr>
            <th scope="row" className="py-1 font-medium">
              Won / lost / open
            </th>
            <td>{`${given.won} / ${given.lost} / ${given.open}`}</td>
            <td>{`${received.won} / ${received.lost} / ${received.open}`}</td>
          </tr>
          <tr>
            <th scope="row" className="py-1 font-medium">
              Won rate (of closed)
            </th>
            <td>{formatWonRate(given.wonRate)}</td>
            <td>{formatWonRate(received.wonRate)}</td>
          </tr>
          <tr>
            <th scope="row" className="py-1 font-medium">
              Value of closed business
            </th>
            <td>{formatMoneyTotals(given.wonValue)}</td>
            <td>{formatMoneyTotals(received.wonValue)}</td>
          </tr>
        </tbody>
      </table>
      <figure className="space-y-2">
        {/* A narrower drawing on a phone, so its labels stay readable. */}
        <picture>
          <source media="(max-width: 480px)" srcSet={`${props.chartUrl}?size=narrow`} width={360} height={240} />
          <img
            src={props.chartUrl}
            alt={props.chartAlt}
            width={640}
            height={260}
            loading="lazy"
            className="h-auto w-full max-w-full"
          />
        </picture>
        <figcaption>
          <details>
            <summary className="cursor-pointer text-sm text-stone-700">The numbers behind the chart</summary>
            <table className="mt-2 text-left text-sm">
              <caption className="sr-only">Referrals sent and received by month, last 12 months</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4">
                    Month
                  </th>
                  <th scope="col" className="pr-4">
                    Sent
                  </th>
                  <th scope="col">Received</th>
                </tr>
              </thead>
              <tbody>
                {props.months.map((point) => (
                  <tr key={point.month}>
                    <th scope="row" className="pr-4 font-normal">
                      {point.label}
                    </th>
                    <td className="pr-4">{point.given}</td>
                    <td>{point.received}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figcaption>
      </figure>
    </div>
  );
}

function RecordReferralForm({ ledger, partnerName }: { ledger: LedgerView; partnerName: string }) {
  const reply = useActivityReply("referral-record");
  const navigation = useNavigation();
  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === "referral-record";
  const value = (name: string) => replyValue(reply, name);
  return (
    <details open={reply ? true : undefined} className="rounded-md border border-stone-200 p-3">
      <summary className="cursor-pointer font-medium">Record a referral you gave {partnerName}</summary>
      {/* Keyed by the newest referral: after saving, the form starts empty again. */}
      <Form method="post" key={ledger.referrals[0]?.id ?? "none"} className="mt-3 space-y-3" preventScrollReset>
        <input type="hidden" name="intent" value="referral-record" />
        <FormError errors={replyErrors(reply, "")} />
        <Field id="referral-need" label="What the customer needs" errors={replyErrors(reply, "need")}>
          {(aria) => (
            <textarea
              {...aria}
              name="need"
              rows={2}
              required
              maxLength={REFERRAL_LIMITS.need}
              defaultValue={value("need")}
              className="input"
            />
          )}
        </Field>
        <Field
          id="referral-contact"
          label="Customer contact (optional)"
          hint={`Only ${partnerName} sees it, and it is cleared ${REFERRAL_LIMITS.contactKeptMonths} months after the referral closes. You will not see it again after saving.`}
          errors={replyErrors(reply, "customerContact")}
        >
          {(aria) => (
            <input
              {...aria}
              name="customerContact"
              maxLength={REFERRAL_LIMITS.customerContact}
              defaultValue={value("customerContact")}
              className="input"
              autoComplete="off"
            />
          )}
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id="referral-value"
            label={`Expected value, ${ledger.partnerCurrency} (optional)`}
            hint="A whole number."
            errors={replyErrors(reply, "expectedValue")}
          >
            {(aria) => (
              <input
                {...aria}
                name="expectedValue"
                inputMode="numeric"
                defaultValue={value("expectedValue")}
                className="input"
              />
            )}
          </Field>
          <Field id="referral-day" label="Referred on" errors={replyErrors(reply, "referredOn")}>
            {(aria) => (
              <input
                {...aria}
                type="date"
                name="referredOn"
                required
                min={ledger.earliestDay}
                max={ledger.today}
                defaultValue={value("referredOn") ?? ledger.today}
                className="input"
              />
            )}
          </Field>
        </div>
        <button type="submit" className="btn" disabled={saving}>
          {saving ? "Saving…" : "Record the referral"}
        </button>
      </Form>
    </details>
  );
}

function ReferralItem({ referral, partnerName }: { referral: LedgerReferral; partnerName: string }) {
  const reply = useActivityReply("referral-move", referral.id);
  const received = referral.direction === "received";
  return (
    <li
      id={`referral-${referral.id}`}
      className="rounded-md border border-stone-200 p-3 text-sm"
      data-testid="referral"
    >
      <p className="flex flex-wrap items-center gap-2">
        <span className="chip" data-status={referral.status}>
          {STATUS_LABELS[referral.status]}
        </span>
        <span className="text-stone-700">
          {received ? `${partnerName} sent you` : `You sent ${partnerName}`} · {formatDay(referral.referredOn)}
        </span>
      </p>
      <p className="mt-2 whitespace-pre-wrap break-words">{referral.need}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-stone-700">
        {referral.expectedValue !== null ? (
          <>
            <dt>Expected</dt>
            <dd>{formatMoney(referral.expectedValue, referral.currency)}</dd>
          </>
        ) : null}
        {referral.status === "won" && referral.wonValue !== null ? (
          <>
            <dt>Closed business</dt>
            <dd>{formatMoney(referral.wonValue, referral.currency)}</dd>
          </>
        ) : null}
        {referral.status === "lost" && referral.lostReason ? (
          <>
            <dt>Lost because</dt>
            <dd className="break-words">{referral.lostReason}</dd>
          </>
        ) : null}
        {received && referral.customerContact ? (
          <>
            <dt>Customer contact</dt>
            <dd className="break-words" data-testid="customer-contact">
              <CustomerContact text={referral.customerContact} />
            </dd>
          </>
        ) : null}
        {referral.contactCleared ? (
          <>
            <dt>Customer contact</dt>
            <dd>{`Cleared ${REFERRAL_LIMITS.contactKeptMonths} months after it closed.`}</dd>
          </>
        ) : null}
      </dl>
      {referral.moves.length ? <MoveForms referral={referral} reply={reply} /> : null}
    </li>
  );
}

function MoveForms({ referral, reply }: { referral: LedgerReferral; reply: FormReply | undefined }) {
  const id = referral.id;
  const errors = [...(replyErrors(reply, "") ?? []), ...(replyErrors(reply, "to") ?? [])];
  return (
    <div className="mt-3 space-y-3 border-t border-stone-200 pt-3">
      <FormError errors={errors} />
      <div className="flex flex-wrap items-end gap-4">
        {referral.moves.includes("contacted") ? (
          <MoveForm referralId={id}>
            <button type="submit" name="to" value="contacted" className="btn-secondary">
              Mark contacted
            </button>
          </MoveForm>
        ) : null}
        {referral.moves.includes("won") ? (
          <Outcome label="Won…" open={Boolean(replyErrors(reply, "wonValue"))}>
            <MoveForm referralId={id} to="won" className="flex flex-wrap items-end gap-2">
              <Field
                id={`won-${id}`}
                label={`Value of the closed business, ${referral.currency}`}
                errors={replyErrors(reply, "wonValue")}
              >
                {(aria) => (
                  <input
                    {...aria}
                    name="wonValue"
                    inputMode="numeric"
                    required
                    defaultValue={replyValue(reply, "wonValue")}
                    className="input w-40"
                  />
                )}
              </Field>
              <button type="submit" className="btn">
                Mark won
              </button>
            </MoveForm>
          </Outcome>
        ) : null}
        {referral.moves.includes("lost") ? (
          <Outcome label="Lost…" open={Boolean(replyErrors(reply, "lostReason"))}>
            <MoveForm referralId={id} to="lost" className="flex flex-wrap items-end gap-2">
              <Field id={`lost-${id}`} label="Why it was lost" errors={replyErrors(reply, "lostReason")}>
                {(aria) => (
                  <input
                    {...aria}
                    name="lostReason"
                    required
                    maxLength={REFERRAL_LIMITS.lostReason}
                    defaultValue={replyValue(reply, "lostReason")}
                    className="input w-56"
                  />
                )}
              </Field>
              <button type="submit" className="btn-secondary">
                Mark lost
              </button>
            </MoveForm>
          </Outcome>
        ) : null}
      </div>
    </div>
  );
}

/** A closing move (won, lost) folded behind its summary: open referrals stay short on a phone. */
function Outcome(props: { label: string; open: boolean; children: ReactNode }) {
  return (
    <details open={props.open || undefined} className="basis-full sm:basis-auto">
      <summary className="btn-secondary inline-block cursor-pointer">{props.label}</summary>
      <div className="mt-2">{props.children}</div>
    </details>
  );
}

/** One move of a received referral: the page's "referral-move" intent for this referral. */
function MoveForm(props: { referralId: string; to?: string; className?: string; children: ReactNode }) {
  return (
    <Form method="post" className={props.className} preventScrollReset>
      <input type="hidden" name="intent" value="referral-move" />
      <input type="hidden" name="referralId" value={props.referralId} />
      {props.to ? <input type="hidden" name="to" value={props.to} /> : null}
      {props.children}
    </Form>
  );
}

/** The customer's contact as a link when it is just an email address or a phone number, else as text. */
function CustomerContact({ text }: { text: string }) {
  const href = mailtoHref(text) ?? (/^\+?[\d\s().-]{7,}$/.test(text.trim()) ? telHref(text) : null);
  return href ? <a href={href}>{text}</a> : <>{text}</>;
}
