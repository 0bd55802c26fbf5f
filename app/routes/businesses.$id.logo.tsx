import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { LogoForm } from "#app/components/logo-form";
import { removeBusinessLogo, setBusinessLogo } from "#app/models/business-logo.server";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { unknownIntent } from "#app/utils/forms.server";
import { checkLogoRequest, readLogoForm } from "#app/utils/logo-upload.server";
import { formatRetryAfter, hitRateLimit, RATE_LIMITS, withRetryAfter } from "#app/utils/rate-limit.server";
import { requireUserId, safeRedirect } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Logo of ${data?.business.name ?? "business"} · Mutualist` }];

/** A 429's Retry-After reaches the page a browser without JavaScript gets, too. */
export const headers = withRetryAfter;

/** The form on a page of its own: where a refused upload lands without JavaScript. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  return { business: { id: business.id, name: business.name, logoKey: business.logoKey } };
}

/**
 * POST /businesses/:id/logo, from app/components/logo-form.tsx: `intent` upload (file `logo`) or
 * remove. The owner is checked, then the headers, then (for a body that may carry a picture) the
 * hourly upload limit, all before the body is read. Success: `{ logoSaved }` when the form says
 * `stay` (JavaScript: the page stays and the form says what happened), otherwise back to
 * `redirectTo` (same site; default the edit page) with `?saved=logo|logo-removed`. A refusal: 400
 * (413 too large, 415 not a form, 429 past the limit) `{ logoError }`, which the form shows next to
 * the field (with JavaScript) or this route's page shows with the form again.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const declared = checkLogoRequest(request);
  if (!declared.ok) return refusal(declared.message, declared.status, null);
  // A body that may carry a picture counts as an upload before it is read, refused or not.
  let counted = false;
  if (declared.mayCarryFile) {
    const limited = await countUpload(userId, null);
    if (limited) return limited;
    counted = true;
  }
  const form = await readLogoForm(request);
  if (!form.ok) return refusal(form.message, form.status, null);
  const redirectTo = safeRedirect(form.redirectTo, `/businesses/${business.id}/edit`);
  const done = (saved: "logo" | "logo-removed") => {
    if (form.stay) return data({ logoSaved: saved, logoError: null, redirectTo });
    const url = new URL(redirectTo, "http://same-site.invalid");
    url.searchParams.set("saved", saved);
    return redirect(`${url.pathname}${url.search}${url.hash}`);
  };
  if (form.intent === "remove") {
    await removeBusinessLogo(business.id);
    return done("logo-removed");
  }
  if (form.intent !== "upload") throw unknownIntent();
  if (!form.logo) return refusal("Choose a picture to upload", 400, redirectTo);
  if (!counted) {
    const limited = await countUpload(userId, redirectTo);
    if (limited) return limited;
  }
  const result = await setBusinessLogo(business.id, form.logo);
  if (!result.ok) return refusal(result.message, 400, redirectTo);
  return done("logo");
}

function refusal(logoError: string, status: number, redirectTo: string | null) {
  return data({ logoSaved: null, logoError, redirectTo }, { status });
}

/** Counts one upload against the account's hourly limit: a 429 past it, else null. */
async function countUpload(userId: string, redirectTo: string | null) {
  const rule = RATE_LIMITS.logoUploadsPerAccount;
  const limit = await hitRateLimit(`logos:account:${userId}`, rule);
  if (limit.allowed) return null;
  return data(
    {
      logoSaved: null,
      logoError: `You have uploaded ${rule.limit} pictures in the last hour. Wait ${formatRetryAfter(limit.retryAfterSeconds)} and try again.`,
      redirectTo,
    },
    { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
  );
}

export default function BusinessLogoPage() {
  const { business } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const editPage = `/businesses/${business.id}/edit`;
  const redirectTo = actionData?.redirectTo ?? safePath(searchParams.get("redirectTo")) ?? editPage;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm">
        <Link to={editPage}>← Back to {business.name}</Link>
      </p>
      <h1 className="text-2xl font-bold">Logo of {business.name}</h1>
      <div className="card">
        <LogoForm
          businessId={business.id}
          name={business.name}
          logoKey={business.logoKey}
          redirectTo={redirectTo}
          error={actionData?.logoError}
        />
      </div>
    </div>
  );
}

/** A same-site path to put back into the form; the action checks it again. */
function safePath(value: string | null): string | null {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : null;
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
