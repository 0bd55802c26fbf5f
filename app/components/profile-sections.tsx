import { Link } from "@remix-run/react";
import { mailtoHref, telHref, websiteHref } from "#app/domain/contact-links";
import { BusinessLogo } from "./business-logo";
import { InferredNote } from "./inferred-note";

/** The read-only parts of a business's public profile (app/routes/b.$slug.tsx). */

/** The top of a profile: logo, trades, name, niche, and where and how it works. */
export function ProfileHeading({
  business,
}: {
  business: {
    name: string;
    logoKey: string | null;
    categories: string[];
    niche: string;
    inferred: string[];
    place: string;
    servesRemotely: boolean;
    radiusKm: number | null;
    capacity: string | null | undefined;
  };
}) {
  return (
    <div className="flex items-start gap-4 sm:gap-6">
      {/* 64 px on a phone, so the name keeps most of the width; 128 px from the sm breakpoint. */}
      <BusinessLogo
        name={business.name}
        logoKey={business.logoKey}
        size="profile"
        className="max-sm:h-16! max-sm:w-16! max-sm:text-2xl!"
      />
      <div className="min-w-0">
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
      </div>
    </div>
  );
}

export function TagList({ title, tags, inferred = false }: { title: string; tags: string[]; inferred?: boolean }) {
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

export function PartnerWishes({
  name,
  kinds,
  offers,
  wants,
}: {
  name: string;
  kinds: string[];
  offers: string;
  wants: string;
}) {
  if (!kinds.length && !offers && !wants) return null;
  return (
    <section className="card space-y-2">
      <h2 className="font-semibold">What {name} looks for in partners</h2>
      {kinds.length ? <p className="text-sm">Looking for: {kinds.join(", ")}</p> : null}
      {offers ? (
        <p className="text-sm">
          <strong>Offers partners:</strong> {offers}
        </p>
      ) : null}
      {wants ? (
        <p className="text-sm">
          <strong>Wants from partners:</strong> {wants}
        </p>
      ) : null}
    </section>
  );
}

/** The trades businesses like this one partner with, each a search for them (near the business unless it works remotely). */
export function OftenPartnersWith({
  professions,
  near,
}: {
  professions: { slug: string; name: string }[];
  near: string | null;
}) {
  if (professions.length === 0) return null;
  return (
    <section aria-labelledby="often-heading">
      <h2 id="often-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        Often partners with
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        Businesses like this one often work with these trades. See who is listed{near ? ` near ${near}` : ""}:
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {professions.map((profession) => (
          <li key={profession.slug}>
            <Link
              to={`/search?${new URLSearchParams({ category: profession.slug, ...(near ? { near } : {}) })}`}
              className="chip no-underline hover:bg-brand-100"
            >
              {profession.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every contact detail this viewer may see, written out (the header has them as buttons). */
export function ContactCard({
  website,
  contact,
  hiddenFromVisitors,
  loginHref,
  facts,
}: {
  website: string | null;
  contact: { email: string | null; phone: string | null } | null;
  /** Members-only details exist, and this viewer is not signed in. */
  hiddenFromVisitors: boolean;
  loginHref: string;
  /** Team size, year founded: shown when known. */
  facts: (string | null)[];
}) {
  const known = facts.filter(Boolean);
  return (
    <section className="card space-y-1 text-sm">
      <h2 className="font-semibold">Contact</h2>
      {!website && !contact && !hiddenFromVisitors ? (
        <p className="text-stone-600">No contact details published.</p>
      ) : null}
      {website ? (
        <p>
          <ContactLink text={website} href={websiteHref(website)} rel="nofollow noopener noreferrer" target="_blank" />
        </p>
      ) : null}
      {contact?.email ? (
        <p>
          <ContactLink text={contact.email} href={mailtoHref(contact.email)} />
        </p>
      ) : null}
      {contact?.phone ? (
        <p>
          <ContactLink text={contact.phone} href={telHref(contact.phone)} />
        </p>
      ) : null}
      {hiddenFromVisitors ? (
        <p className="text-stone-600">
          <Link to={loginHref}>Log in</Link> to see contact details.
        </p>
      ) : null}
      {known.length ? <p className="text-stone-600">{known.join(" · ")}</p> : null}
    </section>
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
