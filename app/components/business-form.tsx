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
import { useEffect, useId, useState } from "react";
import type { z } from "zod";
import {
  BusinessFormSchema,
  CAPACITY_STATES,
  CONTACT_VISIBILITY,
  HORIZONS,
  LIMITS,
  PARTNERSHIP_KINDS,
  TEAM_SIZES,
} from "#app/domain/business-schema";
import { parseTagText } from "#app/domain/tags";
import {
  CATEGORIES,
  matchCategoryLabel,
  suggestTags,
  type CategoryDefinition,
  type TagKind,
} from "#app/domain/taxonomy";
import { Field, FieldErrors, FormError } from "./field";
import { PlaceInput } from "./place-input";

/** Values the form starts with: every field as the text an input holds. */
export type BusinessFormDefaults = {
  [Key in keyof BusinessFormInput]?: Key extends "secondaryCategories" | "partnershipKinds" ? string[] : string;
};
type BusinessFormInput = z.input<typeof BusinessFormSchema>;

export function BusinessForm(props: {
  defaultValue: BusinessFormDefaults;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
}) {
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "business",
    lastResult: props.lastResult,
    defaultValue: props.defaultValue,
    constraint: getZodConstraint(BusinessFormSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BusinessFormSchema }),
    // Errors appear on submit (not on blur, which moved the submit button under the pointer) and
    // clear as the field is fixed.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const [primaryLabel, setPrimaryLabel] = useState(String(props.defaultValue.primaryCategory ?? ""));
  const chosen = [primaryLabel]
    .map((label) => matchCategoryLabel(label))
    .flatMap((match) => (match.kind === "category" ? [match.slug] : []));
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
        {CATEGORIES.map((category: CategoryDefinition) => (
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
          hint={`One line: what you do best, and for whom (${LIMITS.niche.min}–${LIMITS.niche.max} characters).`}
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
          kind="offerings"
          label="Offerings"
          required
          hint={`Your products and services, separated by commas (1–${LIMITS.offerings.max}).`}
          categories={chosen}
          field={fields.offerings}
        />
        <TagField
          kind="targetCustomers"
          label="Target customers"
          hint="Who buys from you, e.g. engaged couples, restaurants."
          categories={chosen}
          field={fields.targetCustomers}
        />
        <TagField
          kind="customerProblems"
          label="Customer problems you solve"
          hint="The need behind the purchase, e.g. planning a wedding, selling a home."
          categories={chosen}
          field={fields.customerProblems}
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

/** A comma-separated tag input with suggestions from the taxonomy; free entries are allowed. */
function TagField(props: {
  kind: TagKind;
  label: string;
  hint: string;
  required?: boolean;
  categories: string[];
  field: FieldMeta;
}) {
  const initial = typeof props.field.initialValue === "string" ? props.field.initialValue : "";
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const present = new Set(parseTagText(text));
  const suggestions = suggestTags(props.kind, props.categories, "", 10).filter((tag) => !present.has(tag));
  const suggestionsId = useId();
  // Controlled here (suggestion buttons append to it), so Conform's defaultValue is dropped.
  const { defaultValue: _uncontrolledDefault, ...inputProps } = getInputProps(props.field, { type: "text" });
  return (
    <Field id={props.field.id} label={props.label} hint={props.hint} errors={props.field.errors}>
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
