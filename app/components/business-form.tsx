import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { businessFormSchema, LIMITS, type BusinessFormDefaults } from "#app/domain/business-schema";
import type { CategoryChoice, CategoryLabelAnswer } from "#app/domain/category-label";
import { CategoryNames, CategoryPicker } from "./category-picker";
import { ContactFields } from "./contact-fields";
import { Field, FormError } from "./field";
import { withInferredNote } from "./inferred-note";
import { PartnershipFields } from "./partnership-fields";
import { PlaceField } from "./place-field";
import { TagField } from "./tag-field";
import { usePrimaryCategory } from "./use-primary-category";

export function BusinessForm(props: {
  defaultValue: BusinessFormDefaults;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
  /** Fields an import filled in from the category, not confirmed yet (noted beside each). */
  inferredFields?: readonly string[];
  /**
   * The category names, from the loader: the page does not ship the taxonomy (decision 017); other
   * labels and the tag suggestions come from GET /resources/categories?label=….
   */
  categories: CategoryChoice[];
  /** What the server says about the starting primary category, so its suggestions show at once. */
  primaryCategory?: CategoryLabelAnswer;
}) {
  const inferred = new Set(props.inferredFields ?? []);
  const navigation = useNavigation();
  const { labels, setPrimaryLabel, suggestions } = usePrimaryCategory(props.categories, {
    label: String(props.defaultValue.primaryCategory ?? ""),
    answer: props.primaryCategory,
  });
  const schema = useMemo(() => businessFormSchema(labels.lookup), [labels.lookup]);
  const [form, fields] = useForm({
    id: "business",
    lastResult: props.lastResult,
    defaultValue: props.defaultValue,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    // Errors appear on submit (not on blur, which moved the submit button under the pointer) and
    // clear as the field is fixed.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });

  return (
    <Form method="post" className="space-y-8" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <FormError errors={form.errors} />
      <CategoryNames categories={props.categories} />

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">The business</legend>
        <Field id={fields.name.id} label="Business name" errors={fields.name.errors}>
          {(aria) => <input {...getInputProps(fields.name, { type: "text" })} {...aria} className="input" />}
        </Field>
        <Field
          id={fields.slug.id}
          label="Page address"
          hint="mutualist/b/… — lower-case letters, digits and hyphens. Leave empty to derive it from the name."
          errors={fields.slug.errors}
        >
          {(aria) => (
            <input
              {...getInputProps(fields.slug, { type: "text" })}
              {...aria}
              className="input"
              placeholder="bloom-and-vine"
            />
          )}
        </Field>
        <Field
          id={fields.niche.id}
          label="Niche"
          hint={withInferredNote(
            `One line: what you do best, and for whom (${LIMITS.niche.min}–${LIMITS.niche.max} characters).`,
            inferred.has("niche"),
          )}
          errors={fields.niche.errors}
        >
          {(aria) => (
            <input
              {...getInputProps(fields.niche, { type: "text" })}
              {...aria}
              className="input"
              placeholder="Garden-style wedding flowers for small venues"
            />
          )}
        </Field>
        <Field
          id={fields.description.id}
          label="Description"
          hint={`Up to ${LIMITS.description} characters.`}
          errors={fields.description.errors}
        >
          {(aria) => <textarea {...getTextareaProps(fields.description)} {...aria} rows={5} className="input" />}
        </Field>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">Categories and what you offer</legend>
        <CategoryPicker
          primary={fields.primaryCategory}
          secondary={fields.secondaryCategories}
          onPrimaryInput={setPrimaryLabel}
          onSecondaryInput={labels.check}
        />
        <TagField
          label="Offerings"
          required
          hint={`Your products and services, separated by commas (1–${LIMITS.offerings.max}).`}
          suggestions={suggestions.offerings}
          field={fields.offerings}
          inferred={inferred.has("offerings")}
        />
        <TagField
          label="Target customers"
          hint="Who buys from you, e.g. engaged couples, restaurants."
          suggestions={suggestions.targetCustomers}
          field={fields.targetCustomers}
          inferred={inferred.has("targetCustomers")}
        />
        <TagField
          label="Customer problems you solve"
          hint="The need behind the purchase, e.g. planning a wedding, selling a home."
          suggestions={suggestions.customerProblems}
          field={fields.customerProblems}
          inferred={inferred.has("customerProblems")}
        />
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">Where you work</legend>
        <PlaceField field={fields.place} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={fields.radiusKm.id} label="Service radius (km)" errors={fields.radiusKm.errors}>
            {(aria) => (
              <input
                {...getInputProps(fields.radiusKm, { type: "number" })}
                {...aria}
                className="input"
                min={1}
                max={1000}
              />
            )}
          </Field>
          <label className="mt-6 flex items-center gap-2 text-sm">
            <input {...getInputProps(fields.servesRemotely, { type: "checkbox" })} />
            Serves customers remotely (anywhere)
          </label>
        </div>
      </fieldset>

      <PartnershipFields fields={fields} />
      <ContactFields fields={fields} />

      <button type="submit" className="btn" disabled={navigation.state === "submitting"}>
        {navigation.state === "submitting" ? "Saving…" : props.submitLabel}
      </button>
    </Form>
  );
}
