import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import type { parseWithZod } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useMemo, useRef } from "react";
import type { ZodTypeAny } from "zod";
import { DETAIL_FIELDS, STEP_ONE_FIELDS } from "#app/domain/business-form-fields";
import { LIMITS, TEAM_SIZES } from "#app/domain/business-options";
import type {
  BusinessForm as BusinessFormValue,
  BusinessFormDefaults,
  CategoryLookup,
  PlaceQuestion,
} from "#app/domain/business-schema";
import type { CategoryChoice, CategoryLabelAnswer } from "#app/domain/category-label";
import { CategoryNames, PrimaryCategoryField, SecondaryCategoriesField } from "./category-picker";
import { ContactFields } from "./contact-fields";
import { Field, FirstErrorContext, FormError } from "./field";
import type { FieldMeta } from "./form-fields";
import { withInferredNote } from "./inferred-note";
import { CapacityFields, DetailsGroup, MatchNotesContext, PartnershipFields } from "./partnership-fields";
import { PlaceField } from "./place-field";
import { ProfilePreview, type ProfilePreviewData } from "./profile-preview";
import { TagField } from "./tag-field";
import { checkTiming, useLoadedOnce } from "./use-lazy-validation";
import { usePrimaryCategory } from "./use-primary-category";

type FormOptions = Parameters<typeof useForm<BusinessFormDefaults, BusinessFormValue>>[0];
type Constraint = NonNullable<FormOptions["constraint"]>[string];
type Validate = NonNullable<FormOptions["onValidate"]>;
type SchemaModules = [
  { parseWithZod: typeof parseWithZod },
  { businessFormSchema: (lookup: CategoryLookup, unansweredPlace?: string) => ZodTypeAny },
];

/**
 * The form's check in the browser, loaded once the page is interactive: Zod, Conform's Zod adapter
 * and the schema are not among the scripts the page preloads (decision 017). Until they arrive, a
 * moment after hydration, Conform leaves the check to the server, which runs the same schema with
 * the same messages. The schema is built again when the category labels or the place question change.
 */
function useLazySchemaCheck(lookup: CategoryLookup, unansweredPlace: string | undefined): Validate | undefined {
  const modules = useLoadedOnce<SchemaModules>(() =>
    Promise.all([import("@conform-to/zod"), import("#app/domain/business-schema")]),
  );
  return useMemo(() => {
    if (!modules) return undefined;
    const [{ parseWithZod }, { businessFormSchema }] = modules;
    const schema = businessFormSchema(lookup, unansweredPlace);
    return ({ formData }) => parseWithZod(formData, { schema });
  }, [modules, lookup, unansweredPlace]);
}

/**
 * `new`: step 1, only what matching needs; `details`: step 2, the optional rest (step 1's answers
 * ride along as hidden inputs, so one schema checks the whole profile); `edit`: everything.
 */
export type BusinessFormMode = "new" | "details" | "edit";

/** The form's buttons as [intent, label], the main one first (it is also what Enter in a field sends). */
function buttonsFor(mode: BusinessFormMode, published: boolean): [string, string][] {
  if (mode === "details") return [["save", published ? "Save and see partners" : "Save"]];
  const preview: [string, string] = ["preview", "Preview"];
  if (mode === "new") return [["publish", "Publish and see partners"], ["save", "Save as draft"], preview];
  return published
    ? [["save", "Save changes"], preview]
    : [["save-and-publish", "Save and publish"], ["save", "Save changes"], preview];
}

export function BusinessForm(props: {
  mode: BusinessFormMode;
  /** Whether the business is in the directory already (edit: no "Save and publish"). */
  published?: boolean;
  defaultValue: BusinessFormDefaults;
  /** The server's reply; when the place names several towns, with the question which one. */
  lastResult?: (SubmissionResult<string[]> & { placeQuestion?: PlaceQuestion }) | null;
  /** Fields an import filled in from the category, not confirmed yet (noted beside each). */
  inferredFields?: readonly string[];
  /**
   * The category names, from the loader: the page does not ship the taxonomy (decision 017); other
   * labels and the tag suggestions come from GET /resources/categories?label=….
   */
  categories: CategoryChoice[];
  /** What the server says about the starting primary category, so its suggestions show at once. */
  primaryCategory?: CategoryLabelAnswer;
  /** How each optional group improves the matches (step 2: app/components/match-notes.ts). */
  matchNotes?: Record<string, string>;
  /** The public page the last "Preview" would make, shown above the form. */
  preview?: ProfilePreviewData | null;
  /** The saved row's version (updatedAt) the page was opened with: a save over a newer one is refused. */
  version?: string;
  /** The schema's constraints (required, lengths) for the inputs, from the loader (businessFormConstraint). */
  constraint: Record<string, Constraint>;
}) {
  const { mode } = props;
  const inferred = new Set(props.inferredFields ?? []);
  const navigation = useNavigation();
  const { labels, setPrimaryLabel, suggestions } = usePrimaryCategory(props.categories, {
    label: String(props.defaultValue.primaryCategory ?? ""),
    answer: props.primaryCategory,
  });
  const question = props.lastResult?.placeQuestion;
  const validate = useLazySchemaCheck(labels.lookup, question?.typed);
  const [form, fields] = useForm<BusinessFormDefaults, BusinessFormValue>({
    id: "business",
    lastResult: props.lastResult,
    defaultValue: props.defaultValue,
    constraint: props.constraint,
    onValidate: validate,
    ...checkTiming(validate),
  });

  // The first field the server refused: it gets autofocus (without JavaScript), and focus moves to
  // it when the answer comes back to a live page.
  const shown =
    mode === "new" ? STEP_ONE_FIELDS : mode === "details" ? DETAIL_FIELDS : [...STEP_ONE_FIELDS, ...DETAIL_FIELDS];
  const firstError = shown.map((name) => fields[name]).find((field) => field.errors?.length)?.id;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (props.lastResult?.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [props.lastResult]);
  // A refusal of a field this step does not show (step 1's answers on step 2, a hand-made post
  // to step 1) is said at the top.
  const hiddenErrors = [...STEP_ONE_FIELDS, ...DETAIL_FIELDS]
    .filter((name) => !(shown as readonly string[]).includes(name))
    .flatMap((name) => fields[name].errors ?? []);
  const buttons = buttonsFor(mode, props.published ?? false);
  // The place's gazetteer id, beside its label: as the last post sent it, or as saved.
  const placeId = String(
    (props.lastResult ? props.lastResult.initialValue?.placeId : props.defaultValue.placeId) ?? "",
  );

  return (
    <MatchNotesContext.Provider value={props.matchNotes}>
      {props.preview ? <ProfilePreview preview={props.preview} /> : null}
      <FirstErrorContext.Provider value={firstError}>
        <Form method="post" className="space-y-8" {...getFormProps(form)} ref={formRef}>
          {/*
            While the place's choices (submit buttons) are shown, this stays the form's first submit
            button, so Enter in a field still sends the main button's intent, not a choice.
          */}
          {question ? <button type="submit" name="intent" value={buttons[0]![0]} hidden /> : null}
          <FormError errors={hiddenErrors.length ? [hiddenErrors.join(". ")] : form.errors} />
          <CategoryNames categories={props.categories} />
          {props.version ? <input type="hidden" name="version" value={props.version} /> : null}
          {mode === "details" ? (
            <StepOneHidden values={{ ...props.defaultValue, placeId }} />
          ) : (
            <StepOneFields
              fields={fields}
              inferred={inferred}
              suggestions={suggestions}
              onPrimaryInput={setPrimaryLabel}
              place={{ question, placeId, next: buttons[0]![1] }}
            />
          )}
          {mode === "new" ? null : (
            <>
              <PartnershipFields fields={fields} />
              <CapacityFields field={fields.capacity} />
              <DetailsGroup id="more-trades" legend="More about your business">
                <SecondaryCategoriesField field={fields.secondaryCategories} onInput={labels.check} />
                <Field
                  id={fields.description.id}
                  label="Description"
                  need="optional"
                  hint={`Up to ${LIMITS.description} characters, e.g. how you started and what you are known for.`}
                  errors={fields.description.errors}
                >
                  {(aria) => (
                    <textarea {...getTextareaProps(fields.description)} {...aria} rows={5} className="input" />
                  )}
                </Field>
                <div className="grid gap-4 sm:grid-cols-2">
                  <Field id={fields.teamSize.id} label="Team size" need="optional" errors={fields.teamSize.errors}>
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
                  <Field
                    id={fields.yearFounded.id}
                    label="Year founded"
                    need="optional"
                    errors={fields.yearFounded.errors}
                  >
                    {(aria) => (
                      <input {...getInputProps(fields.yearFounded, { type: "number" })} {...aria} className="input" />
                    )}
                  </Field>
                </div>
                <Field
                  id={fields.slug.id}
                  label="Address of your page"
                  need="optional"
                  hint="What follows /b/ in your page's address: lower-case letters, digits and hyphens, e.g. bloom-and-vine."
                  errors={fields.slug.errors}
                >
                  {(aria) => <input {...getInputProps(fields.slug, { type: "text" })} {...aria} className="input" />}
                </Field>
              </DetailsGroup>
              <ContactFields fields={fields} />
            </>
          )}

          <div className="flex flex-wrap gap-3">
            {buttons.map(([intent, label], index) => (
              <button
                key={intent}
                type="submit"
                name="intent"
                value={intent}
                className={index === 0 ? "btn" : "btn-secondary"}
                disabled={navigation.state === "submitting"}
              >
                {label}
              </button>
            ))}
          </div>
          {/*
            Without JavaScript a place's choice submits the form: this sends again the button the
            owner pressed (after that button's own intent, which comes first when pressed). Once
            the page runs, choices fill the field instead, and this is switched off.
          */}
          {question ? (
            <input
              type="hidden"
              name="intent"
              value={question.intent}
              ref={(input) => {
                if (input) input.disabled = true;
              }}
            />
          ) : null}
        </Form>
      </FirstErrorContext.Provider>
    </MatchNotesContext.Provider>
  );
}

type StepOneName = (typeof STEP_ONE_FIELDS)[number];

/** Step 1: what matching needs, in the order an owner thinks of it. */
function StepOneFields({
  fields,
  inferred,
  suggestions,
  onPrimaryInput,
  place,
}: {
  fields: Record<StepOneName, FieldMeta>;
  inferred: Set<string>;
  suggestions: {
    offerings: readonly string[];
    targetCustomers: readonly string[];
    customerProblems: readonly string[];
  };
  onPrimaryInput: (label: string) => void;
  place: { question?: PlaceQuestion; placeId: string; next: string };
}) {
  return (
    <>
      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">Your business</legend>
        <Field id={fields.name.id} label="Business name" need="required" errors={fields.name.errors}>
          {(aria) => <input {...getInputProps(fields.name, { type: "text" })} {...aria} className="input" />}
        </Field>
        <PrimaryCategoryField field={fields.primaryCategory} onInput={onPrimaryInput} />
        <Field
          id={fields.niche.id}
          label="Your niche in one line"
          need="required"
          hint={withInferredNote(
            `What you do best, and for whom (${LIMITS.niche.min}–${LIMITS.niche.max} characters), e.g. garden-style wedding flowers for small venues.`,
            inferred.has("niche"),
          )}
          errors={fields.niche.errors}
        >
          {(aria) => <input {...getInputProps(fields.niche, { type: "text" })} {...aria} className="input" />}
        </Field>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">Where you work</legend>
        <PlaceField field={fields.place} {...place} />
        <Field
          id={fields.radiusKm.id}
          label="How far you travel for work, in km"
          need="required"
          needText="required unless you serve customers remotely"
          hint="e.g. 25. We suggest partners within this distance."
          errors={fields.radiusKm.errors}
        >
          {(aria) => (
            <input
              {...getInputProps(fields.radiusKm, { type: "number" })}
              {...aria}
              className="input sm:max-w-40"
              min={LIMITS.radiusKm.min}
              max={LIMITS.radiusKm.max}
              inputMode="numeric"
            />
          )}
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input {...getInputProps(fields.servesRemotely, { type: "checkbox" })} />I also serve customers remotely
        </label>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">Whom you serve</legend>
        <TagField
          label="Who buys from you"
          need="optional"
          suggestionsName="customers"
          hint="Separated by commas, e.g. engaged couples, restaurants."
          suggestions={suggestions.targetCustomers}
          field={fields.targetCustomers}
          inferred={inferred.has("targetCustomers")}
        />
        <TagField
          label="What they need help with"
          need="optional"
          suggestionsName="customer needs"
          hint="Separated by commas, e.g. planning a wedding, selling a home."
          suggestions={suggestions.customerProblems}
          field={fields.customerProblems}
          inferred={inferred.has("customerProblems")}
        />
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">What you offer</legend>
        <TagField
          label="Your products and services"
          need="required"
          suggestionsName="products and services"
          hint={`Separated by commas (1–${LIMITS.offerings.max}), e.g. bridal bouquets, event flowers.`}
          suggestions={suggestions.offerings}
          field={fields.offerings}
          inferred={inferred.has("offerings")}
        />
      </fieldset>
    </>
  );
}

/** Step 1's saved answers, sent again with step 2 so the whole profile is checked and saved as one. */
function StepOneHidden({ values }: { values: BusinessFormDefaults }) {
  return (
    <>
      {[...STEP_ONE_FIELDS, "placeId" as const].map((name) => {
        const value = values[name];
        return typeof value === "string" ? <input key={name} type="hidden" name={name} value={value} /> : null;
      })}
    </>
  );
}
