import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, useSearchParams } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { PARTNERSHIP_KINDS } from "#app/domain/business-options";
import {
  MAX_SUGGESTIONS,
  parseSuggestionQuery,
  SUGGESTION_DISTANCES_KM,
  SUGGESTIONS_PAGE,
} from "#app/domain/suggestion-filters";
import { categoryName } from "#app/domain/taxonomy";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { markPartner, unmarkPartner } from "#app/models/partner-marks.server";
import { ownerSuggestions, type RankedPartner } from "#app/models/partners.server";
import { readForm } from "#app/utils/forms.server";
import { parentHeadersWith } from "#app/utils/headers.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Partners for ${data?.business.name ?? "your business"} · Mutualist` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const started = performance.now();
  // The same parameters and rules as the JSON twin (app/routes/resources.partners.$id.tsx).
  const parsed = parseSuggestionQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw new Response(parsed.message, { status: 400 });
  const filters = parsed.query;
  const { business, partners, hidden, unavailable, meiliMs } = await ownerSuggestions(
    request,
    params.id ?? "",
    filters,
  );
  const timing = `meili;dur=${meiliMs.toFixed(1)}, suggestions;dur=${(performance.now() - started).toFixed(1)}`;
  return data(
    {
      business: {
        id: business.id,
        name: business.name,
        slug: business.slug,
        published: business.status === "published",
        capacity: business.capacity,
      },
      filters: { ...filters, professionName: filters.profession ? categoryName(filters.profession) : null },
      // The choices come with the data, so the page's script carries no schema or taxonomy.
      choices: {
        // A distance typed into the URL is accepted, and offered, too.
        distances: [...new Set([...SUGGESTION_DISTANCES_KM, ...(filters.within ? [filters.within] : [])])].sort(
          (a, b) => a - b,
        ),
        kinds: PARTNERSHIP_KINDS,
        page: SUGGESTIONS_PAGE,
        max: MAX_SUGGESTIONS,
      },
      partners,
      hidden,
      unavailable,
    },
    { headers: { "Server-Timing": timing } },
  );
}

/** Passes on how long the suggestions took. */
export const headers = parentHeadersWith("Server-Timing", "loader");

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const form = await readForm(request);
  const otherId = String(form.get("otherId") ?? "");
  if (!otherId) return data({ ok: false, error: "Which business?" }, { status: 400 });
  const intent = form.get("intent");
  try {
    switch (intent) {
      case "save":
      case "not-a-fit":
        await markPartner(business.id, otherId, intent === "save" ? "saved" : "not-a-fit");
        return { ok: true, intent, error: null };
      case "unmark":
        await unmarkPartner(business.id, otherId);
        return { ok: true, intent, error: null };
      default:
        return data({ ok: false, error: "Unknown action" }, { status: 400 });
    }
  } catch (error) {
    // A refusal about the other business (gone since the page was drawn, or this business itself)
    // is shown next to the button rather than replacing the page.
    if (error instanceof Response && error.status < 500) {
      return data({ ok: false, error: (await error.text()) || "That did not work." }, { status: error.status });
    }
    throw error;
  }
}

export default function Partners() {
  const { business, filters, choices, partners, hidden, unavailable } = useLoaderData<typeof loader>();
  const { page: step, max: maxShown } = choices;
  const more = Math.min(step, maxShown - filters.shown);
  const [searchParams] = useSearchParams();
  // Without JavaScript the buttons post the whole page: a refusal comes back here.
  const refused = useActionData<typeof action>()?.error;
  const [announcement, setAnnouncement] = useState("");
  // After a card or a hidden row goes away, focus moves to the card now in its place (or the list).
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [refocus, setRefocus] = useState<{ index: number; before: typeof partners } | null>(null);
  /** `removedId`: the card that will go (its index), or "" for a hidden row (focus goes to the list). */
  const announce = useCallback(
    (message: string, removedId?: string) => {
      setAnnouncement(message);
      if (removedId !== undefined)
        setRefocus({ index: partners.findIndex((partner) => partner.id === removedId), before: partners });
    },
    [partners],
  );
  useEffect(() => {
    if (!refocus || partners === refocus.before) return;
    const cards = document.querySelectorAll<HTMLElement>("[data-partner] h3 a");
    const target = refocus.index < 0 ? null : cards[Math.min(refocus.index, cards.length - 1)];
    (target ?? listHeading.current)?.focus();
    setRefocus(null);
  }, [partners, refocus]);
  // "Show more": keyboard focus goes to the first card that was added.
  const shownBefore = useRef(filters.shown);
  useEffect(() => {
    if (filters.shown > shownBefore.current)
      document.querySelectorAll<HTMLElement>("[data-partner] h3 a")[shownBefore.current]?.focus();
    shownBefore.current = filters.shown;
  }, [filters.shown]);
  const tabLink = (tab: string) => {
    const next = new URLSearchParams(searchParams);
    next.set("tab", tab);
    next.delete("profession");
    next.delete("shown");
    return `?${next}`;
  };
  const moreLink = () => {
    const next = new URLSearchParams(searchParams);
    next.set("shown", String(filters.shown + more));
    return `?${next}`;
  };
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Partners for {business.name}</h1>
        <p className="flex gap-4 text-sm">
          <Link to={`/businesses/${business.id}/circle`}>Your circle</Link>
          <Link to={`/businesses/${business.id}/edit`}>Edit profile</Link>
        </p>
      </div>
      <nav aria-label="Kind of partner" className="flex gap-2 border-b border-stone-200">
        {[
          ["complementary", "Suggested partners"],
          ["overflow", "Overflow partners"],
        ].map(([tab, label]) => (
          <Link
            key={tab}
            to={tabLink(tab!)}
            aria-current={filters.tab === tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-semibold no-underline ${filters.tab === tab ? "border-brand-600 text-brand-800" : "border-transparent text-stone-600"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-stone-700">
        {filters.tab === "overflow"
          ? "Similar firms nearby who can take work when you are booked out, or hand work to you when you have room."
          : "Businesses that serve the same customers and problems as you, with different offerings: they send you work, you send them work."}
      </p>
      {/* Keyed on the URL so Back and Forward show the filters of the list on screen. */}
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
      {refused ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {refused}
        </p>
      ) : null}
      {filters.professionName ? (
        <p role="status" className="text-sm">
          Showing {filters.professionName} only. <Link to={tabLink("complementary")}>Show all professions</Link>
        </p>
      ) : null}

      {!business.published ? (
        <div className="card">
          <p className="font-semibold">Publish your profile to get suggestions.</p>
          <p className="mt-1 text-sm text-stone-700">
            Suggestions come from the directory; drafts are not part of it yet.
          </p>
        </div>
      ) : unavailable ? (
        <div className="card" role="alert">
          Suggestions are temporarily unavailable. Try again in a minute.
        </div>
      ) : null}
      {business.published && !unavailable ? (
        <h2 ref={listHeading} tabIndex={-1} className="text-sm font-semibold text-stone-700">
          {`${partners.length} ${filters.tab === "overflow" ? "overflow" : "suggested"} partner${partners.length === 1 ? "" : "s"}`}
        </h2>
      ) : null}
      {!business.published || unavailable ? null : partners.length === 0 ? (
        <div className="card">
          <p className="font-semibold">No suggestions match these filters.</p>
          <p className="mt-1 text-sm text-stone-700">
            {filters.tab === "overflow"
              ? "Overflow partners are firms in your trades, or trades that do the same job, within reach. Try a larger distance, or add the trades you cover to your profile."
              : "Try a larger distance or any partnership kind. Adding the customer problems you solve to your profile helps too."}
          </p>
        </div>
      ) : (
        <ol className="space-y-4" aria-label="Suggestions">
          {partners.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} onDone={announce} />
          ))}
        </ol>
      )}
      {partners.length === filters.shown && filters.shown < maxShown ? (
        <p>
          <Link to={moreLink()} preventScrollReset className="btn-secondary">
            Show {more} more
          </Link>
        </p>
      ) : partners.length === maxShown ? (
        <p className="text-sm text-stone-700">
          These are your {maxShown} best matches. Filter by distance or partnership kind to see others.
        </p>
      ) : partners.length > step ? (
        <p className="text-sm text-stone-700">
          That is every suggestion within reach. A larger distance may find more.
        </p>
      ) : null}

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {hidden.length ? (
        <details className="card">
          <summary className="cursor-pointer font-semibold">Marked not a fit ({hidden.length})</summary>
          <ul className="mt-3 space-y-2 text-sm">
            {hidden.map((other) => (
              <li key={other.id} className="flex items-center justify-between gap-3">
                <span>
                  {other.name} · {other.category}
                </span>
                <MarkButton
                  otherId={other.id}
                  otherName={other.name}
                  intent="unmark"
                  label="Undo"
                  onDone={(message) => announce(message, "")}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** What the page announces (politely, to screen readers) once a mark is saved. */
const DONE: Record<string, (name: string) => string> = {
  save: (name) => `Saved ${name} to your shortlist.`,
  "not-a-fit": (name) => `Marked ${name} not a fit: it is hidden from your suggestions.`,
  unmark: (name) => `${name} is no longer marked.`,
};

function MarkButton({
  otherId,
  otherName,
  intent,
  label,
  className = "btn-secondary py-1",
  onDone,
}: {
  otherId: string;
  otherName: string;
  intent: string;
  label: string;
  className?: string;
  /** Called once the mark is saved, with what to announce. */
  onDone: (message: string) => void;
}) {
  const fetcher = useFetcher<typeof action>();
  // The action's answer arrives before the page reloads its data (which may remove this button).
  const result = fetcher.data;
  // Each answer is announced once, in the words of what was asked (this button may have changed
  // from "Save" to "Saved" since).
  const announced = useRef<unknown>(null);
  useEffect(() => {
    if (!result?.ok || announced.current === result) return;
    announced.current = result;
    onDone(("intent" in result && DONE[result.intent]?.(otherName)) || "Done.");
  }, [result, otherName, onDone]);
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="otherId" value={otherId} />
      {/* Not disabled while saving (that would drop keyboard focus); a second press is ignored. */}
      <button
        type="submit"
        name="intent"
        value={intent}
        className={className}
        aria-disabled={fetcher.state !== "idle"}
        onClick={(event) => fetcher.state !== "idle" && event.preventDefault()}
      >
        {label}
        <span className="sr-only">: {otherName}</span>
      </button>
      {result?.error && fetcher.state === "idle" ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {result.error}
        </p>
      ) : null}
    </fetcher.Form>
  );
}

function PartnerCard({
  partner,
  onDone,
}: {
  partner: RankedPartner;
  onDone: (message: string, removedId?: string) => void;
}) {
  const removed = useCallback((message: string) => onDone(message, partner.id), [onDone, partner.id]);
  return (
    <li className="card" data-partner={partner.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs text-stone-600">
            {partner.category} · {partner.place}
          </p>
          <h3 className="text-lg font-semibold">
            <Link to={`/b/${partner.slug}`}>{partner.name}</Link>
          </h3>
          <p className="text-sm text-stone-800">{partner.niche}</p>
        </div>
        <div className="flex gap-2">
          {partner.saved ? (
            <MarkButton
              otherId={partner.id}
              otherName={partner.name}
              intent="unmark"
              label="Saved (remove)"
              onDone={onDone}
            />
          ) : (
            <MarkButton
              otherId={partner.id}
              otherName={partner.name}
              intent="save"
              label="Save"
              className="btn py-1"
              onDone={onDone}
            />
          )}
          <MarkButton
            otherId={partner.id}
            otherName={partner.name}
            intent="not-a-fit"
            label="Not a fit"
            onDone={removed}
          />
        </div>
      </div>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label="Why this suggestion">
        {partner.reasons.map((reason) => (
          <li key={reason} className="chip">
            {reason}
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-stone-600">Score breakdown ({partner.score.toFixed(2)})</summary>
        <table className="mt-2 text-left">
          <tbody>
            {Object.entries(partner.breakdown).map(([signal, value]) => (
              <tr key={signal}>
                <th scope="row" className="pr-4 font-normal text-stone-700">
                  {signal}
                </th>
                <td className={value < 0 ? "text-red-700" : ""}>
                  {value >= 0 ? "+" : ""}
                  {value.toFixed(3)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </li>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
