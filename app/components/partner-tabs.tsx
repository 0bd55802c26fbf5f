import { Link, useSearchParams } from "@remix-run/react";
import type { SuggestionTab } from "#app/domain/suggestion-filters";
import { suggestionTabHref } from "#app/domain/suggestion-links";

const TABS: readonly (readonly [SuggestionTab, string])[] = [
  ["complementary", "Suggested partners"],
  ["overflow", "Overflow partners"],
];

/** The two kinds of partner the page lists, as tabs, and what the one on screen means. */
export function PartnerTabs({ tab: current }: { tab: SuggestionTab }) {
  const [searchParams] = useSearchParams();
  return (
    <>
      <nav aria-label="Kind of partner" className="flex gap-2 border-b border-stone-200">
        {TABS.map(([tab, label]) => (
          <Link
            key={tab}
            to={suggestionTabHref(searchParams, tab)}
            aria-current={current === tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-semibold no-underline ${current === tab ? "border-brand-600 text-brand-800" : "border-transparent text-stone-600"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-stone-700">
        {current === "overflow"
          ? "Similar firms nearby who can take work when you are booked out, or hand work to you when you have room."
          : "Businesses that serve the same customers and problems as you, selling different things: they send you work, you send them work."}
      </p>
    </>
  );
}
