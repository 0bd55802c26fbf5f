import { MarkButton } from "./partner-mark-button";

/** The businesses marked not a fit (hidden from the suggestions), each with an Undo. */
export function HiddenPartners({
  hidden,
  onDone,
}: {
  hidden: readonly { id: string; name: string; category: string }[];
  /** Called once a mark is undone, with what to announce. */
  onDone: (message: string) => void;
}) {
  if (!hidden.length) return null;
  return (
    <details className="card">
      <summary className="cursor-pointer font-semibold">Marked not a fit ({hidden.length})</summary>
      <ul className="mt-3 space-y-2 text-sm">
        {hidden.map((other) => (
          <li key={other.id} className="flex items-center justify-between gap-3">
            <span>
              {other.name} · {other.category}
            </span>
            <MarkButton otherId={other.id} otherName={other.name} intent="unmark" label="Undo" onDone={onDone} />
          </li>
        ))}
      </ul>
    </details>
  );
}
