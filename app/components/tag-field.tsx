import { getInputProps } from "@conform-to/react";
import { useEffect, useId, useState } from "react";
import { parseTagText } from "#app/domain/tags";
import { Field } from "./field";
import type { FieldMeta } from "./form-fields";
import { withInferredNote } from "./inferred-note";

/** A comma-separated tag input with the primary category's usual tags as suggestions; free entries are allowed. */
export function TagField(props: {
  label: string;
  hint: string;
  required?: boolean;
  /** The primary category's usual tags (the server's answer), best first. */
  suggestions: readonly string[];
  field: FieldMeta;
  /** Filled in from the category by an import, not confirmed yet (noted beside the hint). */
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
