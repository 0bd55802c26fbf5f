import { useEffect, useRef, type ReactNode } from "react";

/** A labelled field with its hint and error, wired for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.errors?.length ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={props.id} className="label">
        {props.label}
      </label>
      <div className="mt-1">
        {props.children({
          id: props.id,
          ...(errorId ? { "aria-invalid": true as const } : {}),
          ...(describedBy ? { "aria-describedby": describedBy } : {}),
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
