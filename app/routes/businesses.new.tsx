import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BusinessForm } from "#app/components/business-form";
import { errorMeta } from "#app/components/general-error-boundary";
import { categoryChoices } from "#app/domain/taxonomy";
import { businessFormConstraint, parseBusinessSubmission, profilePreview } from "#app/models/business-form.server";
import { createBusiness } from "#app/models/businesses.server";
import { profileReturnPath } from "#app/models/profile-page.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(error) : [{ title: "Add your business · Mutualist" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserId(request);
  return {
    // The category names for the form's list: the page does not ship the taxonomy (decision 017).
    categories: categoryChoices(),
    constraint: businessFormConstraint(),
    // From a profile's "Publish your business to propose a partnership": the way back once published.
    returnTo: profileReturnPath(new URL(request.url).searchParams.get("returnTo")),
  };
}

/**
 * Step 1 of the business form. `publish` creates the business in the directory and shows its first
 * suggestions; `save` keeps it as a draft; `preview` checks the answers and shows the public page
 * they would make, saving nothing.
 */
export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent !== "publish" && intent !== "save" && intent !== "preview") throw unknownIntent();
  const parsed = parseBusinessSubmission(formData);
  if (!parsed.ok) return data({ reply: parsed.reply, preview: null }, { status: 400 });
  if (intent === "preview") return { reply: parsed.submission.reply(), preview: profilePreview(parsed.input) };
  const result = await createBusiness(userId, parsed.input, { publish: intent === "publish" });
  if (!result.ok) {
    return data(
      { reply: parsed.submission.reply({ fieldErrors: { [result.field]: [result.message] } }), preview: null },
      { status: 400 },
    );
  }
  const { id } = result.business;
  if (intent !== "publish") return redirect(`/businesses/${id}/edit?saved=created`);
  // The welcome page offers the way back to the profile the owner came from (only a /b/<slug> path).
  const returnTo = profileReturnPath(formData.get("returnTo"));
  return redirect(
    `/businesses/${id}/partners?${new URLSearchParams({ welcome: "1", ...(returnTo ? { returnTo } : {}) })}`,
  );
}

export default function NewBusiness() {
  const { categories, constraint, returnTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Add your business</h1>
        <p className="mt-1 text-stone-700">
          A few questions, about two minutes. Publish and you see your suggested partners at once; the rest is optional
          and can come later.
        </p>
      </div>
      {returnTo ? (
        <>
          <p className="text-sm text-stone-700">
            Once it is published, a link takes you back to the profile you were looking at.
          </p>
          {/* Sent with the business form (its id is "business"), which the route does not draw itself. */}
          <input type="hidden" name="returnTo" value={returnTo} form="business" />
        </>
      ) : null}
      <BusinessForm
        constraint={constraint}
        mode="new"
        categories={categories}
        defaultValue={{ radiusKm: "25" }}
        lastResult={actionData?.reply}
        preview={actionData?.preview}
      />
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
