import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useId, useMemo, useState } from "react";
import {
  businessFormSchema,
  CAPACITY_STATES,
  CONTACT_VISIBILITY,
  HORIZONS,
  LIMITS,
  PARTNERSHIP_KINDS,
  TEAM_SIZES,
  type BusinessFormDefaults,
} from "#app/domain/business-schema";
import type { CategoryChoice, CategoryLabelAnswer, TagSuggestions } from "#app/domain/category-label";
import { parseTagText } from "#app/domain/tags";
import { Field, FieldErrors, FormError } from "./field";
import { withInferredNote } from "./inferred-note";
import { PlaceInput } from "./place-input";
import { useCategoryLabels } from "./use-category-labels";

const NO_SUGGESTIONS: TagSuggestions = { offerings: [], targetCustomers: [], customerProblems: [] };

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
  const [primaryLabel, setPrimaryLabel] = useState(String(props.defaultValue.primaryCategory ?? ""));
  const labels = useCategoryLabels(
    props.categories,
    props.primaryCategory ? { label: primaryLabel, answer: props.primaryCategory } : undefined,
  );
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
  // The suggestions of the primary category typed; the last ones stay while the next are asked for.
  const [suggestions, setSuggestions] = useState(
    props.primaryCategory?.slug ? props.primaryCategory.suggestions : NO_SUGGESTIONS,
  );
  const { answerFor, ask } = labels;
  useEffect(() => {
    const answer = answerFor(primaryLabel);
    if (answer) setSuggestions(answer.slug ? answer.suggestions : NO_SUGGESTIONS);
    else if (!primaryLabel.trim()) setSuggestions(NO_SUGGESTIONS);
    else ask(primaryLabel, "primary");
  }, [primaryLabel, labels.answered, answerFor, ask]);
  // What was last submitted when the server sent the form back (no JavaScript), else the saved values.
  const asList = (value: unknown) =>
    Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
  const secondaryDefaults = asList(fields.secondaryCategories.initialValue);
  const partnershipDefaults = new Set(asList(fields.partnershipKinds.initialValue));
  const secondaryErrorId = `${fields.secondaryCategories.id}-error`;
  const kindsErrorId = `${fields.partnershipKinds.id}-error`;

  return (
    <Form method="post" className="space-y-8" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <FormError errors={form.errors} />
      <datalist id="category-names">
        {props.categories.map((category) => (
          <option key={category.slug} value={category.name} />
        ))}
      </datalist>

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
        <Field
          id={fields.primaryCategory.id}
          label="Primary category"
          hint="Start typing: “florist”, “realtor”, “vet”…"
          errors={fields.primaryCategory.errors}
        >
          {(aria) => (
            <input
              {...getInputProps(fields.primaryCategory, { type: "text" })}
              {...aria}
              list="category-names"
              autoComplete="off"
              className="input"
              onChange={(event) => setPrimaryLabel(event.currentTarget.value)}
            />
          )}
        </Field>
        <fieldset>
          <legend className="label">Secondary categories (up to three, optional)</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-3">
            {[0, 1, 2].map((index) => (
              <input
                key={index}
                name={fields.secondaryCategories.name}
                defaultValue={secondaryDefaults[index] ?? ""}
                list="category-names"
                autoComplete="off"
                onChange={(event) => labels.check(event.currentTarget.value, `secondary-${index}`)}
                aria-label={`Secondary category ${index + 1}`}
                aria-invalid={fields.secondaryCategories.errors ? true : undefined}
                aria-describedby={fields.secondaryCategories.errors ? secondaryErrorId : undefined}
                className="input"
              />
            ))}
          </div>
          <FieldErrors id={secondaryErrorId} errors={fields.secondaryCategories.errors} />
        </fieldset>
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

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">Partnerships</legend>
        <fieldset>
          <legend className="label">Kinds of partnership you seek</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {PARTNERSHIP_KINDS.map((kind) => (
              <label key={kind.value} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={fields.partnershipKinds.name}
                  value={kind.value}
                  defaultChecked={partnershipDefaults.has(kind.value)}
                  aria-invalid={fields.partnershipKinds.errors ? true : undefined}
                  aria-describedby={fields.partnershipKinds.errors ? kindsErrorId : undefined}
                />
                {kind.label}
              </label>
            ))}
          </div>
          <FieldErrors id={kindsErrorId} errors={fields.partnershipKinds.errors} />
        </fieldset>
        <Field
          id={fields.offersToPartners.id}
          label="What you offer partners"
          hint="e.g. referrals of couples who need flowers; a discount for their clients."
          errors={fields.offersToPartners.errors}
        >
          {(aria) => <textarea {...getTextareaProps(fields.offersToPartners)} {...aria} rows={2} className="input" />}
        </Field>
        <Field
          id={fields.wantsFromPartners.id}
          label="What you want from partners"
          errors={fields.wantsFromPartners.errors}
        >
          {(aria) => <textarea {...getTextareaProps(fields.wantsFromPartners)} {...aria} rows={2} className="input" />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={fields.horizon.id} label="Horizon" errors={fields.horizon.errors}>
            {(aria) => (
              <select {...getSelectProps(fields.horizon)} {...aria} className="input">
                {HORIZONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fields.capacity.id} label="Capacity right now" errors={fields.capacity.errors}>
            {(aria) => (
              <select {...getSelectProps(fields.capacity)} {...aria} className="input">
                {CAPACITY_STATES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">Contact and facts</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={fields.website.id} label="Website" errors={fields.website.errors}>
            {(aria) => (
              <input
                {...getInputProps(fields.website, { type: "text" })}
                {...aria}
                className="input"
                placeholder="https://example.com"
                inputMode="url"
              />
            )}
          </Field>
          <Field id={fields.contactEmail.id} label="Contact email" errors={fields.contactEmail.errors}>
            {(aria) => <input {...getInputProps(fields.contactEmail, { type: "email" })} {...aria} className="input" />}
          </Field>
          <Field id={fields.contactPhone.id} label="Contact phone" errors={fields.contactPhone.errors}>
            {(aria) => <input {...getInputProps(fields.contactPhone, { type: "tel" })} {...aria} className="input" />}
          </Field>
          <Field
            id={fields.contactVisibility.id}
            label="Who can see the contact details"
            errors={fields.contactVisibility.errors}
          >
            {(aria) => (
              <select {...getSelectProps(fields.contactVisibility)} {...aria} className="input">
                {CONTACT_VISIBILITY.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fields.teamSize.id} label="Team size" errors={fields.teamSize.errors}>
            {(aria) => (
              <select {...getSelectProps(fields.teamSize)} {...aria} className="input">
                <option value="">Not saying</option>
                {TEAM_SIZES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fields.yearFounded.id} label="Year founded" errors={fields.yearFounded.errors}>
            {(aria) => <input {...getInputProps(fields.yearFounded, { type: "number" })} {...aria} className="input" />}
          </Field>
        </div>
      </fieldset>

      <button type="submit" className="btn" disabled={navigation.state === "submitting"}>
        {navigation.state === "submitting" ? "Saving…" : props.submitLabel}
      </button>
    </Form>
  );
}

type FieldMeta = Parameters<typeof getInputProps>[0];

/** A comma-separated tag input with the primary category's usual tags as suggestions; free entries are allowed. */
function TagField(props: {
  label: string;
  hint: string;
  required?: boolean;
  /** The primary category's usual tags (the server's answer), best first. */
  suggestions: readonly string[];
  field: FieldMeta;
  inferred?: boolean;
}) {
  const initial = typeof props.field.initialValue === "string" ? props.field.initialValue : "";
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const present = new Set(parseTagText(text));
  const suggestions = props.suggestions.filter((tag) => !present.has(tag));
  const suggestionsId = useId();
  // Controlled here (suggestion buttons append to it), so Conform's defaultValue is dropped.
  const { defaultValue: _uncontrolledDefault, ...inputProps } = getInputProps(props.field, { type: "text" });
  return (
    <Field
      id={props.field.id}
      label={props.label}
      hint={withInferredNote(props.hint, props.inferred)}
      errors={props.field.errors}
    >
      {(aria) => (
        <>
          <input
            {...inputProps}
            {...aria}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            className="input"
          />
          {suggestions.length ? (
            <div
              className="mt-2 flex flex-wrap items-center gap-1"
              aria-label={`Suggested ${props.label.toLowerCase()}`}
              id={suggestionsId}
              role="group"
            >
              <span className="text-xs text-stone-600">Suggestions:</span>
              {suggestions.map((tag) => (
                <button
                  key={tag}
                  type="button"
                  className="chip hover:bg-brand-100"
                  onClick={() => setText((current) => [...parseTagText(current), tag].join(", "))}
                >
                  + {tag}
                </button>
              ))}
            </div>
          ) : null}
        </>
      )}
    </Field>
  );
}

/** Town or city from the bundled gazetteer, suggested as you type. */
function PlaceField({ field }: { field: FieldMeta }) {
  const { type: _text, ...inputProps } = getInputProps(field, { type: "text" });
  return (
    <Field
      id={field.id}
      label="Town or city"
      hint="Start typing and pick from the list, e.g. “Portland, OR, US”."
      errors={field.errors}
    >
      {(aria) => <PlaceInput {...inputProps} {...aria} />}
    </Field>
  );
}
