import { Link } from "@remix-run/react";

/** The new-business form, coming back to the profile at `returnTo` (a /b/<slug> path) once published. */
export function publishHref(returnTo: string): string {
  return `/businesses/new?${new URLSearchParams({ returnTo })}`;
}

/**
 * A signed-in member with no published business: requests and a shortlist belong to a business,
 * so the first step is publishing one (which brings them back here). A listing nobody runs cannot
 * receive requests, but it can be saved.
 */
export function PublishFirst({
  pathname,
  claimed,
  businessName,
}: {
  pathname: string;
  claimed: boolean;
  businessName: string;
}) {
  return (
    <Link to={publishHref(pathname)} className="btn">
      {claimed ? (
        <>
          Publish your business to propose a partnership<span className="sr-only"> to {businessName}</span>
        </>
      ) : (
        `Publish your business to save ${businessName}`
      )}
    </Link>
  );
}

/** Under the header, for a member with no published business: why publishing comes first, and that it is short. */
export function PublishFirstNote({ claimed, businessName }: { claimed: boolean; businessName: string }) {
  return (
    <p className="text-sm text-stone-700">
      {claimed
        ? `Partnership requests are sent from a business's page, so ${businessName} can see who is asking.`
        : "Nobody runs this listing on Mutualist yet, so it cannot receive partnership requests; you can still save it to your shortlist."}{" "}
      Adding yours takes about two minutes, and brings you back here.
    </p>
  );
}

/**
 * After publishing from a profile's invitation (?returnTo=/b/<slug> on the partners page): the way
 * back to that profile, where the new business can now propose (or save, for a listing nobody runs).
 */
export function BackToProfile({ back }: { back: { path: string; name: string; claimed: boolean } | null }) {
  if (!back) return null;
  return (
    <section
      aria-labelledby="back-to-profile-heading"
      className="card flex flex-wrap items-center justify-between gap-3 border-brand-200"
    >
      <div className="min-w-0 flex-1 basis-64">
        <h2 id="back-to-profile-heading" className="font-semibold">
          {back.claimed ? `Propose a partnership to ${back.name}` : `Save ${back.name} to your shortlist`}
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          {back.claimed
            ? `Your business is published, so you can send ${back.name} a request from their profile now.`
            : `Your business is published, so you can save ${back.name} from their profile now.`}
        </p>
      </div>
      <Link to={back.path} className="btn">
        Back to the profile you were looking at
      </Link>
    </section>
  );
}
