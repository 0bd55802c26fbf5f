import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { InferredNote } from "#app/components/inferred-note";
import { ProfilePartnership } from "#app/components/profile-partnership";
import { canSeeContact, placeLabel } from "#app/domain/business";
import { mailtoHref, telHref, websiteHref } from "#app/domain/contact-links";
import { CAPACITY_STATES, PARTNERSHIP_KINDS, TEAM_SIZES } from "#app/domain/business-schema";
import { inferredFieldsOf } from "#app/domain/inferred-fields";
import { categoryName } from "#app/domain/taxonomy";
import { getBusinessBySlug } from "#app/models/businesses.server";
import { complementaryProfessions } from "#app/models/partner-marks.server";
import { partnershipPanel } from "#app/models/partnership-views.server";
import { getUser } from "#app/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const business = await getBusinessBySlug(params.slug ?? "");
  const user = await getUser(request);
  const isOwner = !!business && business.ownerId === user?.id;
  if (!business || (business.status !== "published" && !isOwner)) {
    throw new Response("No published business at this address.", { status: 404 });
  }
  const showContact = canSeeContact(business.contactVisibility, { signedIn: !!user, isOwner });
  const hasContact = !!(business.contactEmail || business.contactPhone);
  const origin = new URL(request.url).origin;
  return {
    url: `${origin}/b/${business.slug}`,
    isOwner,
    // How the viewer's businesses stand with this one, and the controls to propose or block.
    partnership:
      user && !isOwner && business.status === "published"
        ? await partnershipPanel(user.id, { id: business.id, claimed: business.claimed })
        : null,
    oftenPartnersWith: complementaryProfessions([business.primaryCategory, ...business.secondaryCategories], 8),
    business: {
      id: business.id,
      name: business.name,
      niche: business.niche,
      description: business.description,
      status: business.status,
      website: business.website,
      contact: showContact && hasContact ? { email: business.contactEmail, phone: business.contactPhone } : null,
      // Only when there is something behind the log-in link.
      contactHiddenFromVisitors: !showContact && hasContact && business.contactVisibility === "members",
      categories: [business.primaryCategory, ...business.secondaryCategories].map(categoryName),
      offerings: business.offerings,
      targetCustomers: business.targetCustomers,
      customerProblems: business.customerProblems,
      /** Filled in from its category by an import, not confirmed by the business yet. */
      inferred: inferredFieldsOf(business.inferredFields),
      place: placeLabel(business),
      radiusKm: business.radiusKm,
      servesRemotely: business.servesRemotely,
      partnershipKinds: business.partnershipKinds.map(
        (kind) => PARTNERSHIP_KINDS.find((k) => k.value === kind)?.label ?? kind,
      ),
      offersToPartners: business.offersToPartners,
      wantsFromPartners: business.wantsFromPartners,
      capacity: business.capacity === "none" ? null : CAPACITY_STATES.find((c) => c.value === business.capacity)?.label,
      teamSize: TEAM_SIZES.find((t) => t.value === business.teamSize)?.label ?? null,
      yearFounded: business.yearFounded,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (error || !data) return errorMeta(error);
  const { business, url } = data;
  const description = business.niche;
  return [
    { title: `${business.name} · Mutualist` },
    { name: "description", content: description },
    { property: "og:type", content: "business.business" },
    { property: "og:title", content: business.name },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:site_name", content: "Mutualist" },
    ...(business.status !== "published" ? [{ name: "robots", content: "noindex" }] : []),
  ];
};

function TagList({ title, tags, inferred = false }: { title: string; tags: string[]; inferred?: boolean }) {
  if (tags.length === 0) return null;
  return (
    <section>
      <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-600">{title}</h2>
      {inferred ? <InferredNote /> : null}
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function BusinessPage() {
  const { business, isOwner, oftenPartnersWith, partnership } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      {business.status !== "published" ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          This is a draft: only you can see it. Publish it from the edit page.
        </p>
      ) : null}
      <header>
        <p className="text-sm text-stone-600">{business.categories.join(" · ")}</p>
        <h1 className="mt-1 text-3xl font-bold">{business.name}</h1>
        <p className="mt-2 text-lg text-stone-800">{business.niche}</p>
        {business.inferred.includes("niche") ? <InferredNote /> : null}
        <p className="mt-2 text-sm text-stone-700">
          {business.place}
          {business.servesRemotely
            ? " · serves remotely"
            : business.radiusKm
              ? ` · within ${business.radiusKm} km`
              : ""}
          {business.capacity ? ` · ${business.capacity}` : ""}
        </p>
        {isOwner ? (
          <p className="mt-3 flex flex-wrap gap-2">
            <Link to={`/businesses/${business.id}/edit`} className="btn-secondary">
              Edit profile
            </Link>
            <Link to={`/businesses/${business.id}/partners`} className="btn">
              Find partners
            </Link>
          </p>
        ) : null}
      </header>
      {partnership ? (
        <ProfilePartnership
          panel={partnership}
          other={{ id: business.id, name: business.name }}
          redirectTo={pathname}
        />
      ) : null}
      {business.description ? <p className="whitespace-pre-line">{business.description}</p> : null}
      <TagList title="Offerings" tags={business.offerings} inferred={business.inferred.includes("offerings")} />
      <TagList
        title="Serves"
        tags={business.targetCustomers}
        inferred={business.inferred.includes("targetCustomers")}
      />
      <TagList
        title="Customer problems solved"
        tags={business.customerProblems}
        inferred={business.inferred.includes("customerProblems")}
      />
      {business.partnershipKinds.length || business.offersToPartners || business.wantsFromPartners ? (
        <section className="card space-y-2">
          <h2 className="font-semibold">What {business.name} looks for in partners</h2>
          {business.partnershipKinds.length ? (
            <p className="text-sm">Looking for: {business.partnershipKinds.join(", ")}</p>
          ) : null}
          {business.offersToPartners ? (
            <p className="text-sm">
              <strong>Offers partners:</strong> {business.offersToPartners}
            </p>
          ) : null}
          {business.wantsFromPartners ? (
            <p className="text-sm">
              <strong>Wants from partners:</strong> {business.wantsFromPartners}
            </p>
          ) : null}
        </section>
      ) : null}
      {oftenPartnersWith.length ? (
        <section aria-labelledby="often-heading">
          <h2 id="often-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
            Often partners with
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {oftenPartnersWith.map((profession) => (
              <li key={profession.slug}>
                <Link to={`/search?category=${profession.slug}`} className="chip no-underline hover:bg-brand-100">
                  {profession.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card space-y-1 text-sm">
        <h2 className="font-semibold">Contact</h2>
        {!business.website && !business.contact && !business.contactHiddenFromVisitors ? (
          <p className="text-stone-600">No contact details published.</p>
        ) : null}
        {business.website ? (
          <p>
            <ContactLink
              text={business.website}
              href={websiteHref(business.website)}
              rel="nofollow noopener noreferrer"
              target="_blank"
            />
          </p>
        ) : null}
        {business.contact?.email ? (
          <p>
            <ContactLink text={business.contact.email} href={mailtoHref(business.contact.email)} />
          </p>
        ) : null}
        {business.contact?.phone ? (
          <p>
            <ContactLink text={business.contact.phone} href={telHref(business.contact.phone)} />
          </p>
        ) : null}
        {business.contactHiddenFromVisitors ? (
          <p className="text-stone-600">
            <Link to={`/login?${new URLSearchParams({ redirectTo: pathname })}`}>Log in</Link> to see contact details.
          </p>
        ) : null}
        {business.teamSize || business.yearFounded ? (
          <p className="text-stone-600">
            {[business.teamSize, business.yearFounded ? `founded ${business.yearFounded}` : null]
              .filter(Boolean)
              .join(" · ")}
          </p>
        ) : null}
      </section>
    </article>
  );
}

/** A contact detail as a link (mailto:, tel:, http(s)), or as text when it cannot make a safe one. */
function ContactLink({ text, href, ...rest }: { text: string; href: string | null; rel?: string; target?: string }) {
  return href ? (
    <a href={href} {...rest}>
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
