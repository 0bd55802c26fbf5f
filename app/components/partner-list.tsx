import { Link, useSearchParams } from "@remix-run/react";
import type { RefObject } from "react";
import type { SuggestionTab } from "#app/domain/suggestion-filters";
import { shownSuggestionsHref } from "#app/domain/suggestion-links";
import { PartnerCard, type PartnerCardData } from "./partner-card";

/** The suggestions on screen under their count, or what to try when none match. */
export function PartnerList({
  tab,
  partners,
  heading,
  businessId,
  onDone,
}: {
  tab: SuggestionTab;
  /** The business the suggestions are for (the cards' "Propose a partnership" sends from it). */
  businessId?: string;
  partners: readonly PartnerCardData[];
  /** Where focus goes when the card that had it is gone. */
  heading: RefObject<HTMLHeadingElement>;
  onDone: (message: string, removedId?: string) => void;
}) {
  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="text-sm font-semibold text-stone-700">
        {`${partners.length} ${tab === "overflow" ? "overflow" : "suggested"} partner${partners.length === 1 ? "" : "s"}`}
      </h2>
      {partners.length === 0 ? (
        <div className="card">
          <p className="font-semibold">No suggestions match these filters.</p>
          <p className="mt-1 text-sm text-stone-700">
            {tab === "overflow"
              ? "Overflow partners are firms in your trades, or trades that do the same job, within reach. Try a larger distance, or add the trades you cover to your profile."
              : "Try a larger distance or any partnership kind. Adding the customer problems you solve to your profile helps too."}
          </p>
        </div>
      ) : (
        <ol className="space-y-4" aria-label="Suggestions">
          {partners.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} businessId={businessId} onDone={onDone} />
          ))}
        </ol>
      )}
    </>
  );
}

/** Under the list: "Show N more", or why there are no more. */
export function MoreSuggestions({
  count,
  shown,
  step,
  max,
}: {
  /** Suggestions on screen. */
  count: number;
  /** Suggestions asked for (the `shown` parameter). */
  shown: number;
  /** Suggestions per step, and at most. */
  step: number;
  max: number;
}) {
  const [searchParams] = useSearchParams();
  const more = Math.min(step, max - shown);
  return count === shown && shown < max ? (
    <p>
      <Link to={shownSuggestionsHref(searchParams, shown + more)} preventScrollReset className="btn-secondary">
        Show {more} more
      </Link>
    </p>
  ) : count === max ? (
    <p className="text-sm text-stone-700">
      These are your {max} best matches. Filter by distance or partnership kind to see others.
    </p>
  ) : count > step ? (
    <p className="text-sm text-stone-700">That is every suggestion within reach. A larger distance may find more.</p>
  ) : null;
}
