import { getSelectProps, getTextareaProps } from "@conform-to/react";
import { CAPACITY_STATES, HORIZONS, PARTNERSHIP_KINDS } from "#app/domain/business-schema";
import { Field, FieldErrors } from "./field";
import { initialList, type FieldMeta } from "./form-fields";

type PartnershipFieldName = "partnershipKinds" | "offersToPartners" | "wantsFromPartners" | "horizon" | "capacity";

/** The business form's "Partnerships" group: the kinds sought, what is offered and wanted, horizon, capacity. */
export function PartnershipFields({ fields }: { fields: Record<PartnershipFieldName, FieldMeta> }) {
  const partnershipDefaults = new Set(initialList(fields.partnershipKinds.initialValue));
  const kindsErrorId = `${fields.partnershipKinds.id}-error`;
  return (
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
  );
}
