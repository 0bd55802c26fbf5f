import { getInputProps } from "@conform-to/react";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { parseTagText } from "#app/domain/tags";
import { Field, type FieldNeed } from "./field";
import type { FieldMeta } from "./form-fields";
import { withInferredNote } from "./inferred-note";

/** Left and right arrow keys move between a toolbar's buttons. */
function moveAlong(event: KeyboardEvent<HTMLElement>) {
  const button = event.target as HTMLElement;
  const key = event.key;
  const next =
    key === "ArrowRight" ? button.nextElementSibling : key === "ArrowLeft" ? button.previousElementSibling : null;
  if (next instanceof HTMLButtonElement) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * A comma-separated tag input with the primary category's usual tags as suggestions; free entries
 * are allowed. The suggestions are a toolbar: one Tab stop (the first suggestion), the left and
 * right arrow keys between them, so a dozen suggestions do not lengthen the Tab walk through the
 * form. After one is added, the focus moves to the next.
 */
export function TagField(props: {
  label: string;
  hint: string;
  need: FieldNeed;
  /** What the suggestions are, for their group's name: "Suggested products and services". */
  suggestionsName: string;
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
  // Controlled here (suggestion buttons append to it), so Conform's defaultValue is dropped. The
  // schema's list reads to Conform as `multiple` and `required` whatever its minimum: the field's
  // need says whether it is required, and one text input holds the whole list.
  const {
    defaultValue: _uncontrolledDefault,
    multiple: _multiple,
    required: _required,
    ...inputProps
  } = getInputProps(props.field, { type: "text" });
  return (
    <Field
      id={props.field.id}
      label={props.label}
      need={props.need}
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
              aria-label={`Suggested ${props.suggestionsName}`}
              id={suggestionsId}
              role="toolbar"
              onKeyDown={moveAlong}
            >
              <span className="text-xs text-stone-600" aria-hidden="true">
                Suggestions:
              </span>
              {suggestions.map((tag, index) => (
                <button
                  key={tag}
                  type="button"
                  tabIndex={index ? -1 : 0}
                  className="chip hover:bg-brand-100"
                  onClick={(event) => {
                    // The next suggestion (or the one before, or the field) takes the focus of this one, which goes.
                    const button = event.currentTarget;
                    const next = button.nextElementSibling ?? button.previousElementSibling;
                    (next instanceof HTMLButtonElement ? next : document.getElementById(props.field.id))?.focus();
                    setText((current) => [...parseTagText(current), tag].join(", "));
                  }}
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
