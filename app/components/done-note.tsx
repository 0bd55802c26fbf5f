import { useEffect, useRef } from "react";

/**
 * What a form just did ("Accepted: you are partners now."), shown after its redirect. Keyboard focus
 * moves to it, so the next Tab continues from the top of the page's content instead of the page's
 * start, and a screen reader reads it out.
 */
export function DoneNote({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [text]);
  return (
    <p ref={ref} tabIndex={-1} role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">
      {text}
    </p>
  );
}
