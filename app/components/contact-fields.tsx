import { getInputProps, getSelectProps } from "@conform-to/react";
import { CONTACT_VISIBILITY } from "#app/domain/business-options";
import { Field } from "./field";
import type { FieldMeta } from "./form-fields";
import { DetailsGroup } from "./partnership-fields";

type ContactFieldName = "website" | "contactEmail" | "contactPhone" | "contactVisibility";

/** The form's "Contact details" group: how to reach the business, and who may see it. */
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
      </div>
    </DetailsGroup>
  );
}
