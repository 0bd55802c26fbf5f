import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";

export type MarkIntent = "save" | "not-a-fit" | "unmark";

/** What the partners page's action answers to a mark (app/routes/businesses.$id.partners.tsx), and a profile's (app/routes/b.$slug.tsx). */
export type MarkAnswer = { ok: true; intent: MarkIntent; error: null } | { ok: false; error: string };

/** What the page announces (politely, to screen readers) once a mark is saved. */
const DONE: Record<string, (name: string) => string> = {
  save: (name) => `Saved ${name} to your shortlist.`,
  "not-a-fit": (name) => `Marked ${name} not a fit: it is hidden from your suggestions.`,
  unmark: (name) => `${name} is no longer marked.`,
};

/** One mark on another business (save, not a fit, undo), posted to the page's action without leaving it. */
export function MarkButton({
  otherId,
  otherName,
  fromId,
  intent,
  label,
  className = "btn-secondary py-1",
  onDone,
}: {
  otherId: string;
  otherName: string;
  /** Which of my businesses marks it, where the page does not say (a profile seen by an owner of several). */
  fromId?: string;
  intent: MarkIntent;
  label: string;
  className?: string;
  /** Called once the mark is saved, with what to announce. */
  onDone: (message: string) => void;
}) {
  const fetcher = useFetcher<MarkAnswer>();
  // The action's answer arrives before the page reloads its data (which may remove this button).
  const result = fetcher.data;
  // Each answer is announced once, in the words of what was asked (this button may have changed
  // from "Save" to "Saved" since).
  const announced = useRef<unknown>(null);
  useEffect(() => {
    if (!result?.ok || announced.current === result) return;
    announced.current = result;
    onDone(("intent" in result && DONE[result.intent]?.(otherName)) || "Done.");
  }, [result, otherName, onDone]);
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="otherId" value={otherId} />
      {fromId ? <input type="hidden" name="from" value={fromId} /> : null}
      {/* Not disabled while saving (that would drop keyboard focus); a second press is ignored. */}
      <button
        type="submit"
        name="intent"
        value={intent}
        // A label never breaks over two lines: in a narrow row the whole button wraps instead.
        className={`${className} whitespace-nowrap`}
        aria-disabled={fetcher.state !== "idle"}
        onClick={(event) => fetcher.state !== "idle" && event.preventDefault()}
      >
        {label}
        <span className="sr-only">: {otherName}</span>
      </button>
      {result?.error && fetcher.state === "idle" ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {result.error}
        </p>
      ) : null}
    </fetcher.Form>
  );
}
