import { Form, useSearchParams } from "@remix-run/react";
import type { SuggestionTab } from "#app/domain/suggestion-filters";

/** The partners page's filters (a GET form): distance, and on the complementary tab the partnership kind. */
export function PartnerFilters({
  filters,
  choices,
}: {
  filters: { tab: SuggestionTab; kind?: string; within?: number; profession?: string };
  /** From the loader, so the page's script carries no schema or taxonomy. */
  choices: { distances: readonly number[]; kinds: readonly { value: string; label: string }[] };
}) {
  const [searchParams] = useSearchParams();
  return (
    // Keyed on the URL so Back and Forward show the filters of the list on screen.
    <Form
      key={searchParams.toString()}
      method="get"
      className="flex flex-wrap items-end gap-3"
      aria-label="Filter suggestions"
    >
      <input type="hidden" name="tab" value={filters.tab} />
      {filters.tab === "overflow" && filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
      {filters.profession ? <input type="hidden" name="profession" value={filters.profession} /> : null}
      <div>
        <label htmlFor="within" className="label">
          Distance
        </label>
        <select id="within" name="within" defaultValue={filters.within ?? ""} className="input mt-1">
          <option value="">Your service area</option>
          {choices.distances.map((km) => (
            <option key={km} value={km}>
              Within {km} km
            </option>
          ))}
        </select>
      </div>
      {filters.tab === "complementary" ? (
        <div>
          <label htmlFor="kind" className="label">
            Partnership kind
          </label>
          <select id="kind" name="kind" defaultValue={filters.kind ?? ""} className="input mt-1">
            <option value="">Any</option>
            {choices.kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="btn-secondary">
        Apply
      </button>
    </Form>
  );
}
