import { getInputProps } from "@conform-to/react";
import type { CategoryChoice } from "#app/domain/category-label";
import { Field, FieldErrors } from "./field";
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

/** The primary category and up to three secondary ones, each checked as it is typed. */
export function CategoryPicker({
  primary,
  secondary,
  onPrimaryInput,
  onSecondaryInput,
}: {
  primary: FieldMeta;
  secondary: FieldMeta;
  onPrimaryInput: (label: string) => void;
  /** `slot`: which secondary input, so each one's question to the server waits for its own typing. */
  onSecondaryInput: (label: string, slot: string) => void;
}) {
  const secondaryDefaults = initialList(secondary.initialValue);
  const secondaryErrorId = `${secondary.id}-error`;
  return (
    <>
      <Field
        id={primary.id}
        label="Primary category"
        hint="Start typing: “florist”, “realtor”, “vet”…"
        errors={primary.errors}
      >
        {(aria) => (
          <input
            {...getInputProps(primary, { type: "text" })}
            {...aria}
            list={CATEGORY_NAMES}
            autoComplete="off"
            className="input"
            onChange={(event) => onPrimaryInput(event.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset>
        <legend className="label">Secondary categories (up to three, optional)</legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-3">
          {[0, 1, 2].map((index) => (
            <input
              key={index}
              name={secondary.name}
              defaultValue={secondaryDefaults[index] ?? ""}
              list={CATEGORY_NAMES}
              autoComplete="off"
              onChange={(event) => onSecondaryInput(event.currentTarget.value, `secondary-${index}`)}
              aria-label={`Secondary category ${index + 1}`}
              aria-invalid={secondary.errors ? true : undefined}
              aria-describedby={secondary.errors ? secondaryErrorId : undefined}
              className="input"
            />
          ))}
        </div>
        <FieldErrors id={secondaryErrorId} errors={secondary.errors} />
      </fieldset>
    </>
  );
}
