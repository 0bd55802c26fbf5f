import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BusinessForm } from "#app/components/business-form";
import { errorMeta } from "#app/components/general-error-boundary";
import { LogoForm } from "#app/components/logo-form";
import { MATCH_NOTES } from "#app/components/match-notes";
import { MatchNote } from "#app/components/partnership-fields";
import { confirmLeavingForm } from "#app/components/unsaved-changes";
import { categoryChoices, describeCategoryLabel } from "#app/domain/taxonomy";
import {
  businessFormConstraint,
  parseBusinessSubmission,
  refusedSave,
  toFormDefaults,
} from "#app/models/business-form.server";
import { formVersion, requireOwnedBusiness, updateBusiness } from "#app/models/businesses.server";
import { profileReturnPath } from "#app/models/profile-page.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Improve your matches: ${data?.business.name ?? "business"} · Mutualist` }];

/** Step 2 of the business form (optional): partnership wishes, capacity, contact, and the rest. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  return {
    business: {
      id: business.id,
      name: business.name,
      logoKey: business.logoKey,
      published: business.status === "published",
    },
    defaults: toFormDefaults(business),
    version: business.updatedAt.toISOString(),
    // The category names for the secondary categories: the page does not ship the taxonomy (decision 017).
    categories: categoryChoices(),
    constraint: businessFormConstraint(),
    primaryCategory: describeCategoryLabel(business.primaryCategory),
    // Published from a profile's invitation: the way back to it rides along (step 1 → here → partners).
    returnTo: profileReturnPath(new URL(request.url).searchParams.get("returnTo")),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const formData = await readForm(request);
  if (formData.get("intent") !== "save") throw unknownIntent();
  // Step 1's answers come back as hidden inputs: the whole profile is checked and saved as one.
  const parsed = parseBusinessSubmission(formData);
  if (!parsed.ok) return data({ reply: parsed.reply }, { status: 400 });
  const result = await updateBusiness(business.id, parsed.input, { version: formVersion(formData.get("version")) });
  if (!result.ok) return data(refusedSave(parsed.submission, result), { status: 400 });
  if (business.status !== "published") return redirect(`/businesses/${business.id}/edit?saved=saved`);
  const returnTo = profileReturnPath(formData.get("returnTo"));
  return redirect(
    `/businesses/${business.id}/partners?${new URLSearchParams({ saved: "details", ...(returnTo ? { returnTo } : {}) })}`,
  );
}

export default function BusinessDetails() {
  const { business, defaults, categories, constraint, primaryCategory, version, returnTo } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const saved = useSearchParams()[0].get("saved");
  const back = returnTo ? `?${new URLSearchParams({ returnTo })}` : "";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm text-stone-600">Step 2 of 2 · {business.name}</p>
        <h1 className="mt-1 text-2xl font-bold">Improve your matches (optional)</h1>
        <p className="mt-1 text-stone-700">
          Every answer here is optional. Each group says how it changes the partners we suggest; skip any you like.
        </p>
        <p className="mt-2 text-sm">
          <Link
            to={business.published ? `/businesses/${business.id}/partners${back}` : `/businesses/${business.id}/edit`}
            onClick={confirmLeavingForm("business")}
          >
            {business.published ? "Back to your suggested partners" : "Back to your business"}
          </Link>
        </p>
      </div>
      {saved === "logo" || saved === "logo-removed" ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          {saved === "logo" ? "Logo saved." : "Logo removed: cards show your initials."}
        </p>
      ) : null}
      {/* Its own multipart form (forms cannot nest), saved as soon as it is sent. */}
      <div className="card space-y-2">
        <LogoForm
          businessId={business.id}
          name={business.name}
          logoKey={business.logoKey}
          redirectTo={`/businesses/${business.id}/details${back}`}
        />
        <MatchNote why={MATCH_NOTES.logo!} />
      </div>
      {/* Sent with the business form (its id is "business"), which the route does not draw itself. */}
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} form="business" /> : null}
      <BusinessForm
        constraint={constraint}
        key={business.id}
        mode="details"
        matchNotes={MATCH_NOTES}
        published={business.published}
        categories={categories}
        primaryCategory={primaryCategory}
        defaultValue={defaults}
        lastResult={actionData?.reply}
        version={
          actionData && "version" in actionData && typeof actionData.version === "string" ? actionData.version : version
        }
      />
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
