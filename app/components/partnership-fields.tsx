import { getTextareaProps } from "@conform-to/react";
import { createContext, useContext, type ReactNode } from "react";
import { CAPACITY_STATES, HORIZONS, PARTNERSHIP_KINDS } from "#app/domain/business-options";
import { Field, FieldErrors, NeedNote } from "./field";
import { initialList, type FieldMeta } from "./form-fields";

type PartnershipFieldName = "partnershipKinds" | "offersToPartners" | "wantsFromPartners" | "horizon";

/** How each group improves the matches, by group id (step 2 provides app/components/match-notes.ts). */
export const MatchNotesContext = createContext<Record<string, string> | undefined>(undefined);

/** A group of the form's optional part, with a line on how its answers improve the matches (on step 2). */
export function DetailsGroup(props: { id: string; legend: string; children: ReactNode }) {
  const why = useContext(MatchNotesContext)?.[props.id];
  return (
    <fieldset className="card space-y-4" aria-describedby={why ? `${props.id}-why` : undefined}>
      <legend className="px-1 text-lg font-semibold">{props.legend}</legend>
      {why ? <MatchNote id={`${props.id}-why`} why={why} /> : null}
      {props.children}
    </fieldset>
  );
}

export function MatchNote({ id, why }: { id?: string; why: string }) {
  return (
    <p id={id} className="text-sm text-brand-800">
      <strong className="font-semibold">How this helps:</strong> {why}
    </p>
  );
}

/** The form's "What you look for in partners" group: the kinds sought, what is wanted and offered, how long. */
export function PartnershipFields({ fields }: { fields: Record<PartnershipFieldName, FieldMeta> }) {
  const partnershipDefaults = new Set(initialList(fields.partnershipKinds.initialValue));
  const kindsErrorId = `${fields.partnershipKinds.id}-error`;
  return (
    <DetailsGroup id="partner-wishes" legend="What you look for in partners">
      <fieldset>
        <legend className="label">
          Kinds of partnership you would like <NeedNote need="optional" />
        </legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {PARTNERSHIP_KINDS.map((kind) => (
            <label key={kind.value} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-1"
                name={fields.partnershipKinds.name}
                value={kind.value}
                defaultChecked={partnershipDefaults.has(kind.value)}
                aria-invalid={fields.partnershipKinds.errors ? true : undefined}
                aria-describedby={fields.partnershipKinds.errors ? kindsErrorId : undefined}
              />
              <span>
                {kind.label}: <span className="text-stone-600">{kind.hint}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldErrors id={kindsErrorId} errors={fields.partnershipKinds.errors} />
      </fieldset>
      <Field
        id={fields.wantsFromPartners.id}
        label="What you want from partners"
        need="optional"
        hint="e.g. couples planning a wedding who need flowers; a photographer for our events."
        errors={fields.wantsFromPartners.errors}
      >
        {(aria) => <textarea {...getTextareaProps(fields.wantsFromPartners)} {...aria} rows={2} className="input" />}
      </Field>
      <Field
        id={fields.offersToPartners.id}
        label="What you offer partners"
        need="optional"
        hint="e.g. referrals of couples who need a venue; a discount for their clients."
        errors={fields.offersToPartners.errors}
      >
        {(aria) => <textarea {...getTextareaProps(fields.offersToPartners)} {...aria} rows={2} className="input" />}
      </Field>
      <ChoiceGroup field={fields.horizon} legend="How long a partnership" options={HORIZONS} />
    </DetailsGroup>
  );
}

/** The form's capacity group: whether the business has room for work or could pass some on. */
export function CapacityFields({ field }: { field: FieldMeta }) {
  return (
    <DetailsGroup id="capacity" legend="Your capacity right now">
      <ChoiceGroup field={field} legend="Right now" options={CAPACITY_STATES} />
    </DetailsGroup>
  );
}

/**
 * A set of radio buttons in a fieldset (one Tab stop; arrow keys move between the choices), each
 * in the owner's words (`formLabel`) where the option has them.
 */
function ChoiceGroup(props: {
  field: FieldMeta;
  legend: string;
  options: readonly ({ value: string; label: string } | { value: string; formLabel: string })[];
}) {
  const { field } = props;
  const errorId = `${field.id}-error`;
  const initial = typeof field.initialValue === "string" ? field.initialValue : "";
  return (
    <fieldset aria-describedby={field.errors ? errorId : undefined}>
      <legend className="label">{props.legend}</legend>
      <div className="mt-2 space-y-1">
        {props.options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="radio" name={field.name} value={option.value} defaultChecked={initial === option.value} />
            {"formLabel" in option ? option.formLabel : option.label}
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={field.errors} />
    </fieldset>
  );
}
