import { Link } from "@remix-run/react";
import { useCallback } from "react";
import type { Suggestion } from "#app/domain/matching";
import type { PairState } from "#app/domain/partnership";
import { signalLabel } from "#app/domain/score-signals";
import type { PartnerListing } from "#app/domain/suggestion-links";
import { BusinessLogo } from "./business-logo";
import { MarkButton } from "./partner-mark-button";
import { PairStatus } from "./partnership-state";

/** What a card shows of a ranked partner (app/models/partners.server.ts's RankedPartner). */
export type PartnerCardData = Pick<Suggestion, "id" | "score" | "reasons" | "breakdown"> &
  PartnerListing & { pairState?: PairState | null; claimed?: boolean; logoKey?: string | null };

/**
 * One suggested partner: who, why, the score's breakdown and the marks. The page moves focus
 * between cards by their `data-partner` heading links (app/components/use-partner-focus.ts).
 */
export function PartnerCard({
  partner,
  businessId,
  onDone,
}: {
  partner: PartnerCardData;
  /** The business the suggestions are for: requests go from it. */
  businessId?: string;
  onDone: (message: string, removedId?: string) => void;
}) {
  const removed = useCallback((message: string) => onDone(message, partner.id), [onDone, partner.id]);
  return (
    <li className="card" data-partner={partner.id}>
      <div className="flex min-w-0 items-start gap-3">
        <BusinessLogo name={partner.name} logoKey={partner.logoKey} size="card" />
        <div className="min-w-0">
          <p className="text-xs text-stone-600">
            {partner.category} · {partner.place}
          </p>
          <h3 className="text-lg font-semibold">
            <Link to={`/b/${partner.slug}`}>{partner.name}</Link>
          </h3>
          <p className="text-sm text-stone-800">{partner.niche}</p>
        </div>
      </div>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label="Why this suggestion">
        {partner.reasons.map((reason) => (
          <li key={reason} className="chip">
            {reason}
          </li>
        ))}
      </ul>
      {/* The main action first and filled; on a phone it takes the first row, the marks share the second. */}
      <div className="mt-3 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        {businessId ? (
          <div className="col-span-2 flex flex-col sm:block">
            <PairStatus
              state={partner.pairState}
              fromId={businessId}
              other={{ id: partner.id, name: partner.name, claimed: partner.claimed }}
              compact
            />
          </div>
        ) : null}
        <MarkButton
          otherId={partner.id}
          otherName={partner.name}
          intent={partner.saved ? "unmark" : "save"}
          label={partner.saved ? "Saved (remove)" : "Save"}
          className="btn-secondary min-h-11 w-full py-1 sm:min-h-0 sm:w-auto"
          onDone={onDone}
        />
        <MarkButton
          otherId={partner.id}
          otherName={partner.name}
          intent="not-a-fit"
          label="Not a fit"
          className="btn-secondary min-h-11 w-full py-1 sm:min-h-0 sm:w-auto"
          onDone={removed}
        />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-stone-600">Score breakdown ({partner.score.toFixed(2)})</summary>
        <p className="mt-2 text-stone-600">What adds to this match and what takes from it:</p>
        <table className="mt-1 text-left">
          <tbody>
            {Object.entries(partner.breakdown)
              .filter(([, value]) => Math.abs(value) >= 0.005)
              .map(([signal, value]) => (
                <tr key={signal}>
                  <th scope="row" className="pr-4 font-normal text-stone-700">
                    {signalLabel(signal)}
                  </th>
                  <td className={value < 0 ? "text-red-700" : ""}>
                    {value >= 0 ? "+" : ""}
                    {value.toFixed(2)}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </li>
  );
}
