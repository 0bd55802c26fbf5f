import type { SuggestionTab } from "#app/domain/suggestion-filters";
import type { Yours } from "#app/domain/suggestion-links";

/**
 * The account's other businesses, which are never suggested (decision 028): those that would have
 * been, shown apart as "yours", or, for an account holding more than can be ranked (an
 * organiser's imported members), how many are left out.
 */
export function OwnListings({ yours, tab }: { yours: Yours; tab: SuggestionTab }) {
  if (!yours.ranked) {
    return (
      <p className="text-sm text-stone-700">
        {`The ${yours.others.toLocaleString("en")} other listings on your account (your businesses and the members you imported) are never suggested here.`}
      </p>
    );
  }
  if (!yours.fits.length) return null;
  return (
    <section aria-labelledby="yours-heading" className="card">
      <h2 id="yours-heading" className="font-semibold">
        Yours
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {tab === "overflow"
          ? "Your own businesses that could take this work. They are on your account, so they are never suggested."
          : "Your own businesses that would suit as partners. They are on your account, so they are never suggested."}
      </p>
      <ul className="mt-3 space-y-3 text-sm">
        {yours.fits.map((own) => (
          <li key={own.id}>
            <a href={`/b/${own.slug}`} className="font-semibold">
              {own.name}
            </a>
            <span className="text-stone-700">
              {" "}
              · {own.category} · {own.place}
              {own.claimed ? "" : " · imported by you, not claimed yet"}
            </span>
            {own.reason ? <span className="block text-stone-700">{own.reason}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
