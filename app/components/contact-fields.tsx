import { getInputProps, getSelectProps } from "@conform-to/react";
import { CONTACT_VISIBILITY, TEAM_SIZES } from "#app/domain/business-schema";
import { Field } from "./field";
import type { FieldMeta } from "./form-fields";

type ContactFieldName = "website" | "contactEmail" | "contactPhone" | "contactVisibility" | "teamSize" | "yearFounded";

/** The business form's "Contact and facts" group: how to reach the business, who may, and a few facts. */
export function ContactFields({ fields }: { fields: Record<ContactFieldName, FieldMeta> }) {
  return (
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
  );
}
