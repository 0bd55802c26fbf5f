import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { errorMeta } from "#app/components/general-error-boundary";
import { readForm } from "#app/utils/forms.server";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BusinessForm } from "#app/components/business-form";
import { categoryChoices } from "#app/domain/taxonomy";
import { parseBusinessSubmission } from "#app/models/business-form.server";
import { createBusiness } from "#app/models/businesses.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "New business · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserId(request);
  // The category names for the form's list: the page does not ship the taxonomy (decision 017).
  return { categories: categoryChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const parsed = parseBusinessSubmission(await readForm(request));
  if (!parsed.ok) return data(parsed.reply, { status: 400 });
  const result = await createBusiness(userId, parsed.input);
  if (!result.ok)
    return data(parsed.submission.reply({ fieldErrors: { [result.field]: [result.message] } }), { status: 400 });
  return redirect(`/businesses/${result.business.id}/edit?saved=created`);
}

export default function NewBusiness() {
  const { categories } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Add a business</h1>
      <p className="mt-1 text-stone-700">It is saved as a draft; publish it when it is ready to be found.</p>
      <div className="mt-6">
        <BusinessForm
          categories={categories}
          defaultValue={{ contactVisibility: "members", horizon: "either", capacity: "none", radiusKm: "25" }}
          lastResult={lastResult}
          submitLabel="Save draft"
        />
      </div>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
