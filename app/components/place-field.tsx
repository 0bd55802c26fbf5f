import { getInputProps } from "@conform-to/react";
import { Field } from "./field";
import type { FieldMeta } from "./form-fields";
import { PlaceInput } from "./place-input";

/** Town or city from the bundled gazetteer, suggested as you type. */
export function PlaceField({ field }: { field: FieldMeta }) {
  const { type: _text, ...inputProps } = getInputProps(field, { type: "text" });
  return (
    <Field
      id={field.id}
      label="Town or city"
      need="required"
      hint="Start typing and pick from the list, e.g. Portland, OR, US."
      errors={field.errors}
    >
      {(aria) => <PlaceInput {...inputProps} {...aria} />}
    </Field>
  );
}
