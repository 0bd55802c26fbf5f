import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";

/**
 * The id of the field a form sent back by the server should start on (its first error): that field
 * gets `autoFocus`, so keyboard and screen reader users land on it without JavaScript too.
 */
export const FirstErrorContext = createContext<string | undefined>(undefined);

/** Whether the label says "required" or "optional" (in words, not only a star). */
export type FieldNeed = "required" | "optional";

/** The words after a label that say whether the field must be filled in. */
export function NeedNote({ need, text }: { need?: FieldNeed; text?: string }) {
  if (!need) return null;
  return <span className="font-normal text-stone-600">{` (${text ?? need})`}</span>;
}

/** A labelled field with its hint and error, wired for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  /** Said in the label; "required" also sets `required` and `aria-required` on the control. */
  need?: FieldNeed;
  /** Other words for the need, e.g. "required unless you serve remotely". */
  needText?: string;
  hint?: ReactNode;
  errors?: string[];
  children: (aria: {
    id: string;
    "aria-invalid"?: true;
    "aria-describedby"?: string;
    "aria-required"?: true;
    required?: true;
    autoFocus?: true;
  }) => ReactNode;
}) {
  const firstError = useContext(FirstErrorContext);
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.errors?.length ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={props.id} className="label">
        {props.label}
        <NeedNote need={props.need} text={props.needText} />
      </label>
      <div className="mt-1">
        {props.children({
          id: props.id,
          ...(errorId ? { "aria-invalid": true as const } : {}),
          ...(describedBy ? { "aria-describedby": describedBy } : {}),
          ...(props.need === "required" && !props.needText
            ? { "aria-required": true as const, required: true as const }
            : {}),
          ...(errorId && firstError === props.id ? { autoFocus: true as const } : {}),
        })}
      </div>
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={props.errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errors.join(". ")}
    </p>
  );
}

/**
 * A message about the whole form. With `focus`, keyboard focus moves to it when it appears (for a
 * form whose fields are all fine on their own, like a wrong password).
 */
export function FormError({ id, errors, focus = false }: { id?: string; errors?: string[]; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const text = errors?.join(". ") ?? "";
  useEffect(() => {
    if (focus && text) ref.current?.focus();
  }, [focus, text]);
  if (!text) return null;
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
    >
      {text}
    </div>
  );
}
