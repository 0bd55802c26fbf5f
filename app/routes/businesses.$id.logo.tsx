import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { LogoForm } from "#app/components/logo-form";
import { removeBusinessLogo, setBusinessLogo } from "#app/models/business-logo.server";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { unknownIntent } from "#app/utils/forms.server";
import { readLogoForm } from "#app/utils/logo-upload.server";
import { formatRetryAfter, hitRateLimit, RATE_LIMITS } from "#app/utils/rate-limit.server";
import { requireUserId, safeRedirect } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Logo of ${data?.business.name ?? "business"} · Mutualist` }];

/** The form on a page of its own: where a refused upload lands without JavaScript. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  return { business: { id: business.id, name: business.name, logoKey: business.logoKey } };
}

/**
 * POST /businesses/:id/logo, from app/components/logo-form.tsx: `intent` upload (file `logo`) or
 * remove. The owner is checked before the body is read. Success: back to `redirectTo` (same site;
 * default the edit page) with `?saved=logo|logo-removed`. A refusal: 400 (429 past the hourly
 * limit) `{ logoError }`, which the form shows next to the field (with JavaScript) or this route's
 * page shows with the form again.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const form = await readLogoForm(request);
  if (!form.ok) return data({ logoError: form.message, redirectTo: null }, { status: 400 });
  const redirectTo = safeRedirect(form.redirectTo, `/businesses/${business.id}/edit`);
  const back = (saved: string) => {
    const url = new URL(redirectTo, "http://same-site.invalid");
    url.searchParams.set("saved", saved);
    return redirect(`${url.pathname}${url.search}${url.hash}`);
  };
  if (form.intent === "remove") {
    await removeBusinessLogo(business.id);
    return back("logo-removed");
  }
  if (form.intent !== "upload") throw unknownIntent();
  if (!form.logo) return data({ logoError: "Choose a picture to upload", redirectTo }, { status: 400 });
  const limit = await hitRateLimit(`logos:account:${userId}`, RATE_LIMITS.logoUploadsPerAccount);
  if (!limit.allowed) {
    return data(
      {
        logoError: `You have uploaded ${RATE_LIMITS.logoUploadsPerAccount.limit} pictures in the last hour. Wait ${formatRetryAfter(limit.retryAfterSeconds)} and try again.`,
        redirectTo,
      },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const result = await setBusinessLogo(business.id, form.logo);
  if (!result.ok) return data({ logoError: result.message, redirectTo }, { status: 400 });
  return back("logo");
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
