import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { HiddenPartners } from "#app/components/hidden-partners";
import { PartnerFilters } from "#app/components/partner-filters";
import { OwnListings } from "#app/components/own-listings";
import { MoreSuggestions, PartnerList } from "#app/components/partner-list";
import type { MarkAnswer } from "#app/components/partner-mark-button";
import { PartnerTabs } from "#app/components/partner-tabs";
import { BackToProfile } from "#app/components/publish-first";
import { FirstTimeNote } from "#app/components/first-time-note";
import { usePartnerFocus } from "#app/components/use-partner-focus";
import { PARTNERSHIP_KINDS } from "#app/domain/business-options";
import {
  MAX_SUGGESTIONS,
  parseSuggestionQuery,
  SUGGESTION_DISTANCES_KM,
  SUGGESTIONS_PAGE,
} from "#app/domain/suggestion-filters";
import { distanceChoices, suggestionTabHref } from "#app/domain/suggestion-links";
import { categoryName } from "#app/domain/taxonomy";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { markPartner, unmarkPartner } from "#app/models/partner-marks.server";
import { ownerSuggestions } from "#app/models/partners.server";
import { profileToReturnTo } from "#app/models/profile-page.server";
import { readForm } from "#app/utils/forms.server";
import { parentHeadersWith } from "#app/utils/headers.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Partners for ${data?.business.name ?? "your business"} · Mutualist` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const started = performance.now();
  // The same parameters and rules as the JSON twin (app/routes/resources.partners.$id.tsx).
  const { searchParams } = new URL(request.url);
  const parsed = parseSuggestionQuery(searchParams);
  if (!parsed.ok) throw new Response(parsed.message, { status: 400 });
  const filters = parsed.query;
  const { business, partners, hidden, yours, unavailable, meiliMs } = await ownerSuggestions(
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
        distances: distanceChoices(SUGGESTION_DISTANCES_KM, filters.within),
        kinds: PARTNERSHIP_KINDS,
        page: SUGGESTIONS_PAGE,
        max: MAX_SUGGESTIONS,
      },
      partners,
      hidden,
      yours,
      unavailable,
      // Published from a profile's invitation (?returnTo=/b/<slug>): the way back to it.
      back: await profileToReturnTo(searchParams.get("returnTo")),
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
  if (!otherId) return data<MarkAnswer>({ ok: false, error: "Which business?" }, { status: 400 });
  const intent = form.get("intent");
  try {
    switch (intent) {
      case "save":
      case "not-a-fit":
        await markPartner(business.id, otherId, intent === "save" ? "saved" : "not-a-fit");
        return { ok: true, intent, error: null } satisfies MarkAnswer;
      case "unmark":
        await unmarkPartner(business.id, otherId);
        return { ok: true, intent, error: null } satisfies MarkAnswer;
      default:
        return data<MarkAnswer>(
          { ok: false, error: "This page did not understand what the form asked for. Reload the page and try again." },
          { status: 400 },
        );
    }
  } catch (error) {
    // A refusal about the other business (gone since the page was drawn, or this business itself)
    // is shown next to the button rather than replacing the page.
    if (error instanceof Response && error.status < 500) {
      return data<MarkAnswer>(
        { ok: false, error: (await error.text()) || "That did not work." },
        { status: error.status },
      );
    }
    throw error;
  }
}

export default function Partners() {
  const { business, filters, choices, partners, hidden, yours, unavailable, back } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  // Without JavaScript the buttons post the whole page: a refusal comes back here.
  const refused = useActionData<typeof action>()?.error;
  const { announcement, announce, listHeading } = usePartnerFocus(partners, filters.shown);
  const allProfessions = suggestionTabHref(searchParams, "complementary");
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Partners for {business.name}</h1>
        <p className="flex gap-4 text-sm">
          <Link to={`/businesses/${business.id}/circle`}>Your circle</Link>
          <Link to={`/businesses/${business.id}/referrals`}>Referrals</Link>
          <Link to={`/businesses/${business.id}/edit`}>Edit profile</Link>
        </p>
      </div>
      <FirstTimeNote
        businessId={business.id}
        welcome={searchParams.get("welcome") === "1"}
        saved={searchParams.get("saved")}
        returnTo={back?.path ?? null}
      />
      <BackToProfile back={back} />
      <PartnerTabs tab={filters.tab} />
      <PartnerFilters filters={filters} choices={choices} />
      {refused ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {refused}
        </p>
      ) : null}
      {filters.professionName ? (
        <p role="status" className="text-sm">
          Showing {filters.professionName} only. <Link to={allProfessions}>Show all professions</Link>
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
      ) : (
        <PartnerList
          tab={filters.tab}
          partners={partners}
          heading={listHeading}
          businessId={business.id}
          onDone={announce}
        />
      )}
      <MoreSuggestions count={partners.length} shown={filters.shown} step={choices.page} max={choices.max} />
      {business.published && !unavailable ? <OwnListings yours={yours} tab={filters.tab} /> : null}

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <HiddenPartners hidden={hidden} onDone={(message) => announce(message, "")} />
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
