import { Link } from "@remix-run/react";

/**
 * After publishing from the form (?welcome=1): says so, and offers the optional second step. After
 * that step (?saved=details): says the suggestions now use the new answers.
 */
export function FirstTimeNote({
  businessId,
  welcome,
  saved,
  returnTo,
}: {
  businessId: string;
  welcome: boolean;
  saved: string | null;
  returnTo: string | null;
}) {
  if (saved === "details") {
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">
        Saved. The suggestions below use your new answers.
      </p>
    );
  }
  if (!welcome) return null;
  return (
    <div className="space-y-3">
      <p role="status" className="rounded-md bg-brand-50 p-3 text-sm font-medium text-brand-800">
        Published. Here are your first suggested partners.
      </p>
      <section aria-labelledby="improve-heading" className="card flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <h2 id="improve-heading" className="font-semibold">
            Improve your matches (optional)
          </h2>
          <p className="mt-1 text-sm text-stone-700">
            Say what you want from partners, whether you have room for work, and how to reach you. Each answer sharpens
            these suggestions.
          </p>
        </div>
        <Link
          to={`/businesses/${businessId}/details${returnTo ? `?${new URLSearchParams({ returnTo })}` : ""}`}
          className="btn-secondary"
        >
          Improve your matches
        </Link>
      </section>
    </div>
  );
}
