import { getInputProps } from "@conform-to/react";
import type { CategoryChoice } from "#app/domain/category-label";
import { Field, FieldErrors, NeedNote } from "./field";
import { initialList, type FieldMeta } from "./form-fields";

const CATEGORY_NAMES = "category-names";

/** The category names the page was sent, offered by every category input as you type. */
export function CategoryNames({ categories }: { categories: readonly CategoryChoice[] }) {
  return (
    <datalist id={CATEGORY_NAMES}>
      {categories.map((category) => (
        <option key={category.slug} value={category.name} />
      ))}
    </datalist>
  );
}

/** What you do: the primary category, checked as it is typed. */
export function PrimaryCategoryField({ field, onInput }: { field: FieldMeta; onInput: (label: string) => void }) {
  return (
    <Field
      id={field.id}
      label="What you do"
      need="required"
      hint="Start typing and pick from the list, e.g. florist, realtor, vet."
      errors={field.errors}
    >
      {(aria) => (
        <input
          {...getInputProps(field, { type: "text" })}
          {...aria}
          list={CATEGORY_NAMES}
          autoComplete="off"
          className="input"
          onChange={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** Up to three secondary categories, each checked as it is typed. */
export function SecondaryCategoriesField({
  field,
  onInput,
}: {
  field: FieldMeta;
  /** `slot`: which secondary input, so each one's question to the server waits for its own typing. */
  onInput: (label: string, slot: string) => void;
}) {
  const defaults = initialList(field.initialValue);
  const errorId = `${field.id}-error`;
  return (
    <fieldset>
      <legend className="label">
        Other things you do <NeedNote need="optional" text="up to three, optional" />
      </legend>
      <div className="mt-1 grid gap-2 sm:grid-cols-3">
        {[0, 1, 2].map((index) => (
          <input
            key={index}
            name={field.name}
            defaultValue={defaults[index] ?? ""}
            list={CATEGORY_NAMES}
            autoComplete="off"
            onChange={(event) => onInput(event.currentTarget.value, `secondary-${index}`)}
            aria-label={`Secondary category ${index + 1}`}
            aria-invalid={field.errors ? true : undefined}
            aria-describedby={field.errors ? errorId : undefined}
            className="input"
          />
        ))}
      </div>
      <FieldErrors id={errorId} errors={field.errors} />
    </fieldset>
  );
}
