import { getInputProps } from "@conform-to/react";
import type { ReactNode } from "react";
import { Field } from "./field";
import type { FieldMeta } from "./form-fields";

// Apart from ./field.tsx, which every form page loads: Conform's helpers stay in Conform's chunk.

/** A labelled text, email or password input for one Conform field (the account forms' fields). */
export function InputField(props: {
  field: FieldMeta;
  type: "text" | "email" | "password";
  label: string;
  hint?: ReactNode;
  autoComplete: string;
}) {
  const { field } = props;
  return (
    <Field id={field.id} label={props.label} hint={props.hint} errors={field.errors}>
      {(aria) => (
        <input
          {...getInputProps(field, { type: props.type })}
          {...aria}
          autoComplete={props.autoComplete}
          className="input"
        />
      )}
    </Field>
  );
}
