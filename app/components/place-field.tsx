import { getInputProps } from "@conform-to/react";
import { useState } from "react";
import type { PlaceQuestion } from "#app/domain/business-schema";
import { Field } from "./field";
import type { FieldMeta } from "./form-fields";
import { PlaceInput } from "./place-input";

/**
 * Town or city from the bundled gazetteer, suggested as you type, with the place's gazetteer id
 * beside it (a hidden input). When the server found several towns of the typed name, each is a
 * button under the field: it fills the field in (without JavaScript, it sends the form again with
 * that place, `placeChoice`, keeping everything else typed).
 */
export function PlaceField({
  field,
  question,
  placeId,
  next,
}: {
  field: FieldMeta;
  question?: PlaceQuestion;
  placeId: string;
  /** The form's main button, which a choice (with JavaScript) leaves for the owner to press. */
  next: string;
}) {
  const { type: _text, ...inputProps } = getInputProps(field, { type: "text" });
  // The town just picked from the choices, said until the field is typed in again.
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div onInput={() => setChosen(null)}>
      <Field
        id={field.id}
        label="Town or city"
        need="required"
        hint="Start typing and pick from the list, e.g. Portland, OR, US."
        errors={field.errors}
      >
        {(aria) => <PlaceInput {...inputProps} {...aria} />}
      </Field>
      <input type="hidden" name="placeId" defaultValue={placeId} />
      {question && field.errors ? (
        <div role="group" aria-label={`Places called ${question.typed}`} className="mt-2 flex flex-wrap gap-2">
          {question.choices.map((choice) => (
            <button
              key={choice.id}
              type="submit"
              name="placeChoice"
              value={choice.id}
              formNoValidate
              className="btn-secondary"
              onClick={(event) => {
                event.preventDefault();
                // A form's fields by name: the hidden id and the place input.
                const form = event.currentTarget.form!;
                form.placeId.value = choice.id;
                const input: HTMLInputElement = form[field.name];
                input.value = choice.label;
                // The form checks the field again, as if typed: the question goes.
                input.dispatchEvent(new Event("input", { bubbles: true }));
                input.focus();
                setChosen(choice.name);
              }}
            >
              {choice.name}
            </button>
          ))}
        </div>
      ) : null}
      <p role="status" className="hint empty:m-0">
        {chosen ? `Chosen: ${chosen}. Press “${next}” to go on.` : null}
      </p>
    </div>
  );
}
