import type { ReactNode } from "react";
import { INFERRED_FORM_NOTE, INFERRED_PUBLIC_NOTE } from "#app/domain/inferred-fields";

/**
 * The note beside profile content an import filled in from the business's category
 * (docs/decisions/019-inferred-profile-content.md). Words, not an icon or colour alone.
 */
export function InferredNote({ children = INFERRED_PUBLIC_NOTE }: { children?: string }) {
  return <p className="mt-1 text-xs italic text-amber-900">{children}</p>;
}

/** A form field's hint, followed by the owner's note when the field was filled in from the category. */
export function withInferredNote(hint: string, inferred: boolean | undefined): ReactNode {
  if (!inferred) return hint;
  return (
    <>
      {hint} <strong className="font-medium text-amber-900">{INFERRED_FORM_NOTE}</strong>
    </>
  );
}
