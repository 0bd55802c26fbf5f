import { getInputProps, getSelectProps } from "@conform-to/react";
import { CONTACT_VISIBILITY, TEAM_SIZES } from "#app/domain/business-options";
import { Field } from "./field";
import type { FieldMeta } from "./form-fields";
import { DetailsGroup } from "./partnership-fields";

type ContactFieldName = "website" | "contactEmail" | "contactPhone" | "contactVisibility" | "teamSize" | "yearFounded";

/** The form's "Contact details" group: how to reach the business, who may see it, and a few facts. */
export function ContactFields({ fields }: { fields: Record<ContactFieldName, FieldMeta> }) {
  return (
    <DetailsGroup id="contact" legend="Contact details">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={fields.website.id} label="Website" need="optional" errors={fields.website.errors}>
          {(aria) => (
            <input {...getInputProps(fields.website, { type: "text" })} {...aria} className="input" inputMode="url" />
          )}
        </Field>
        <Field id={fields.contactEmail.id} label="Email" need="optional" errors={fields.contactEmail.errors}>
          {(aria) => <input {...getInputProps(fields.contactEmail, { type: "email" })} {...aria} className="input" />}
        </Field>
        <Field id={fields.contactPhone.id} label="Phone" need="optional" errors={fields.contactPhone.errors}>
          {(aria) => <input {...getInputProps(fields.contactPhone, { type: "tel" })} {...aria} className="input" />}
        </Field>
        <Field
          id={fields.contactVisibility.id}
          label="Who can see your email and phone"
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
        <Field id={fields.yearFounded.id} label="Year founded" need="optional" errors={fields.yearFounded.errors}>
          {(aria) => <input {...getInputProps(fields.yearFounded, { type: "number" })} {...aria} className="input" />}
        </Field>
      </div>
    </DetailsGroup>
  );
}
