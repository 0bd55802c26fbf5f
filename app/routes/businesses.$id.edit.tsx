import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BusinessForm } from "#app/components/business-form";
import { errorMeta } from "#app/components/general-error-boundary";
import { LogoForm } from "#app/components/logo-form";
import { INFERABLE_FIELD_NAMES, inferredFieldsOf } from "#app/domain/inferred-fields";
import { categoryChoices, describeCategoryLabel } from "#app/domain/taxonomy";
import {
  businessFormConstraint,
  parseBusinessSubmission,
  profilePreview,
  refusedSave,
  toFormDefaults,
} from "#app/models/business-form.server";
import {
  confirmInferredFields,
  deleteBusiness,
  formVersion,
  publishBusiness,
  requireOwnedBusiness,
  unpublishBusiness,
  updateBusiness,
} from "#app/models/businesses.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Edit ${data?.business.name ?? "business"} · Mutualist` }];

/**
 * What the page says after a save, by the `saved` its redirect carries. The loader picks the words,
 * so the page's script does not carry them.
 */
const SAVED_MESSAGES: Record<string, string> = {
  created: "Draft saved. Publish it when you are ready to be found.",
  saved: "Changes saved.",
  published: "Published: your business is now in the directory.",
  unpublished: "Unpublished: your business is hidden from the directory and search.",
  confirmed: "Confirmed: your public page no longer says these came from your category.",
  logo: "Logo saved.",
  "logo-removed": "Logo removed: cards show your initials.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const saved = new URL(request.url).searchParams.get("saved") ?? "";
  const inferred = inferredFieldsOf(business.inferredFields);
  return {
    business: {
      id: business.id,
      name: business.name,
      slug: business.slug,
      status: business.status,
      logoKey: business.logoKey,
      inferred,
      // Said here, so the page's script carries neither the words nor the list formatting.
      inferredNames: `${new Intl.ListFormat("en", { type: "conjunction" }).format(
        inferred.map((field) => INFERABLE_FIELD_NAMES[field]),
      )} ${inferred.length === 1 ? "was" : "were"}`,
    },
    defaults: toFormDefaults(business),
    version: business.updatedAt.toISOString(),
    // The form's category names and its primary category's suggestions: the page does not ship
    // the taxonomy (decision 017).
    categories: categoryChoices(),
    constraint: businessFormConstraint(),
    primaryCategory: describeCategoryLabel(business.primaryCategory),
    savedMessage: Object.hasOwn(SAVED_MESSAGES, saved) ? SAVED_MESSAGES[saved]! : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  switch (intent) {
    case "publish":
      await publishBusiness(business.id);
      return redirect(`/businesses/${business.id}/edit?saved=published`);
    case "unpublish":
      await unpublishBusiness(business.id);
      return redirect(`/businesses/${business.id}/edit?saved=unpublished`);
    case "confirm-inferred":
      await confirmInferredFields(business.id);
      return redirect(`/businesses/${business.id}/edit?saved=confirmed`);
    case "delete":
      if (formData.get("confirm") !== business.slug) {
        return data({ deleteError: `Type ${business.slug} to confirm` }, { status: 400 });
      }
      await deleteBusiness(business.id);
      return redirect("/dashboard?deleted=1");
    case "save":
    case "save-and-publish":
    case "preview": {
      const parsed = parseBusinessSubmission(formData);
      if (!parsed.ok) return data({ reply: parsed.reply }, { status: 400 });
      if (intent === "preview") return { reply: parsed.submission.reply(), preview: profilePreview(parsed.input) };
      const publish = intent === "save-and-publish";
      const version = formVersion(formData.get("version"));
      const result = await updateBusiness(business.id, parsed.input, { publish, version });
      if (!result.ok) return data(refusedSave(parsed.submission, result), { status: 400 });
      return redirect(`/businesses/${business.id}/edit?saved=${publish ? "published" : "saved"}`);
    }
    default:
      throw unknownIntent();
  }
}

export default function EditBusiness() {
  const { business, defaults, categories, constraint, primaryCategory, savedMessage, version } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const published = business.status === "published";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{business.name}</h1>
          <p className="mt-1 text-sm text-stone-700">
            Status: <strong>{published ? "Published" : "Draft"}</strong>
            {published ? (
              <>
                {" · "}
                <Link to={`/b/${business.slug}`}>View public page</Link>
                {" · "}
                <Link to={`/businesses/${business.id}/partners`}>Suggested partners</Link>
                {" · "}
                <Link to={`/businesses/${business.id}/circle`}>Your circle</Link>
              </>
            ) : null}
          </p>
        </div>
        <Form method="post">
          <input type="hidden" name="intent" value={published ? "unpublish" : "publish"} />
          <button type="submit" className={published ? "btn-secondary" : "btn"}>
            {published ? "Unpublish" : "Publish"}
          </button>
        </Form>
      </div>
      {savedMessage ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          {savedMessage}
        </p>
      ) : null}
      {business.inferred.length ? (
        <section aria-labelledby="inferred-heading" className="card space-y-3 border-amber-200 bg-amber-50">
          <h2 id="inferred-heading" className="font-semibold">
            Filled in from your category
          </h2>
          <p className="text-sm">
            When this business was imported, its {business.inferredNames} filled in from its category. Your public page
            marks them “from its category; not confirmed by the business” until you change them below and save, or
            confirm them as they are.
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm-inferred" />
            <button type="submit" className="btn-secondary">
              These are right
            </button>
          </Form>
        </section>
      ) : null}
      <BusinessForm
        constraint={constraint}
        key={business.id}
        mode="edit"
        published={published}
        categories={categories}
        primaryCategory={primaryCategory}
        inferredFields={business.inferred}
        defaultValue={defaults}
        lastResult={actionData && "reply" in actionData ? actionData.reply : undefined}
        preview={actionData && "preview" in actionData ? actionData.preview : null}
        version={
          actionData && "version" in actionData && typeof actionData.version === "string" ? actionData.version : version
        }
      />
      {/* Its own multipart form (forms cannot nest). */}
      <div className="card">
        <LogoForm
          businessId={business.id}
          name={business.name}
          logoKey={business.logoKey}
          redirectTo={`/businesses/${business.id}/edit`}
        />
      </div>
      {/* Open again when the server refused the confirmation, so its message is seen (without JavaScript too). */}
      <details className="card border-red-200" open={Boolean(actionData && "deleteError" in actionData) || undefined}>
        <summary className="cursor-pointer font-semibold text-red-800">Delete this business</summary>
        <Form method="post" className="mt-4 space-y-3">
          <input type="hidden" name="intent" value="delete" />
          <p className="text-sm text-stone-700">
            This removes the profile from the directory and search for good. Type <code>{business.slug}</code> to
            confirm.
          </p>
          <label htmlFor="confirm-delete" className="label">
            Confirmation
          </label>
          <input
            id="confirm-delete"
            name="confirm"
            className="input"
            autoComplete="off"
            aria-invalid={actionData && "deleteError" in actionData ? true : undefined}
            aria-describedby={actionData && "deleteError" in actionData ? "confirm-delete-error" : undefined}
          />
          {actionData && "deleteError" in actionData ? (
            <p id="confirm-delete-error" className="field-error" role="alert">
              {actionData.deleteError}
            </p>
          ) : null}
          <button type="submit" className="btn-danger">
            Delete business
          </button>
        </Form>
      </details>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
