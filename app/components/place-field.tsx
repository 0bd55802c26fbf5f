import { getInputProps } from "@conform-to/react";
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
}: {
  field: FieldMeta;
  question?: PlaceQuestion;
  placeId: string;
}) {
  const { type: _text, ...inputProps } = getInputProps(field, { type: "text" });
  return (
    <div>
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
              }}
            >
              {choice.name}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
