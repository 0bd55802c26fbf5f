import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BusinessForm } from "#app/components/business-form";
import { errorMeta } from "#app/components/general-error-boundary";
import { categoryChoices } from "#app/domain/taxonomy";
import { parseBusinessSubmission, profilePreview } from "#app/models/business-form.server";
import { createBusiness } from "#app/models/businesses.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(error) : [{ title: "Add your business · Mutualist" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserId(request);
  // The category names for the form's list: the page does not ship the taxonomy (decision 017).
  return { categories: categoryChoices() };
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
  return redirect(
    intent === "publish" ? `/businesses/${id}/partners?welcome=1` : `/businesses/${id}/edit?saved=created`,
  );
}

export default function NewBusiness() {
  const { categories } = useLoaderData<typeof loader>();
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
      <BusinessForm
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
