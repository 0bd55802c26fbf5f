import { useEffect, useRef } from "react";

/** A business's public page as it would look, built by the server from a form's values. */
export interface ProfilePreviewData {
  name: string;
  niche: string;
  description: string;
  /** Category names, primary first. */
  categories: string[];
  place: string;
  reach: string;
  /** How it describes its capacity to others, or null when it has nothing to say. */
  capacity: string | null;
  offerings: string[];
  targetCustomers: string[];
  customerProblems: string[];
  partnershipKinds: string[];
  offersToPartners: string;
  wantsFromPartners: string;
}

/**
 * How the public profile (app/routes/b.$slug.tsx) will show these values, in its markup, inside
 * a frame that says it is a preview. Focus moves to its heading when it appears, so keyboard and
 * screen reader users know it came (without JavaScript it is the top of the new page).
 */
export function ProfilePreview({ preview }: { preview: ProfilePreviewData }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [preview]);
  return (
    <section aria-labelledby="preview-heading" className="rounded-lg border-2 border-dashed border-brand-300 p-4">
      <h2 id="preview-heading" ref={heading} tabIndex={-1} className="text-sm font-semibold text-brand-800">
        Preview: how your public page will look. Nothing is saved yet.
      </h2>
      <article className="mt-4 space-y-5">
        <header>
          <p className="text-sm text-stone-600">{preview.categories.join(" · ")}</p>
          <p className="mt-1 text-3xl font-bold">{preview.name}</p>
          <p className="mt-2 text-lg text-stone-800">{preview.niche}</p>
          <p className="mt-2 text-sm text-stone-700">
            {preview.place}
            {preview.reach ? ` · ${preview.reach}` : ""}
            {preview.capacity ? ` · ${preview.capacity}` : ""}
          </p>
        </header>
        {preview.description ? <p className="whitespace-pre-line">{preview.description}</p> : null}
        <TagList title="Products and services" tags={preview.offerings} />
        <TagList title="Serves" tags={preview.targetCustomers} />
        <TagList title="Customer problems solved" tags={preview.customerProblems} />
        {preview.partnershipKinds.length || preview.offersToPartners || preview.wantsFromPartners ? (
          <div className="card space-y-2">
            <p className="font-semibold">What {preview.name} looks for in partners</p>
            {preview.partnershipKinds.length ? (
              <p className="text-sm">Looking for: {preview.partnershipKinds.join(", ")}</p>
            ) : null}
            {preview.offersToPartners ? (
              <p className="text-sm">
                <strong>Offers partners:</strong> {preview.offersToPartners}
              </p>
            ) : null}
            {preview.wantsFromPartners ? (
              <p className="text-sm">
                <strong>Wants from partners:</strong> {preview.wantsFromPartners}
              </p>
            ) : null}
          </div>
        ) : null}
      </article>
    </section>
  );
}

function TagList({ title, tags }: { title: string; tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-600">{title}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
          </li>
        ))}
      </ul>
    </div>
  );
}
