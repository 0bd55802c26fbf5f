import { Link } from "@remix-run/react";
import { PAIR_STATE_LABELS, type PairState } from "#app/domain/partnership";

/** The request form's address, from one of my businesses to another. */
export function proposeHref(fromId: string | null, toId: string): string {
  const params = new URLSearchParams(fromId ? { from: fromId, to: toId } : { to: toId });
  return `/partnerships/new?${params}`;
}

/**
 * How my business stands with another, wherever the other appears (a suggestion card, the circle,
 * a profile): a badge linking to the request or partnership, or "Propose a partnership" when there
 * is nothing between them. An unclaimed listing says why it cannot be asked.
 */
export function PairStatus({
  state,
  fromId,
  other,
  compact = false,
}: {
  state: PairState | null | undefined;
  /** My business (null: the form asks which one). */
  fromId: string | null;
  other: { id: string; name: string; claimed?: boolean };
  compact?: boolean;
}) {
  if (!state) {
    if (other.claimed === false)
      return <span className="text-xs text-stone-600">Nobody runs this listing yet: it cannot receive requests.</span>;
    return (
      <Link to={proposeHref(fromId, other.id)} className={compact ? "btn min-h-11 py-1 sm:min-h-0" : "btn"}>
        Propose a partnership<span className="sr-only"> to {other.name}</span>
      </Link>
    );
  }
  const label =
    state.state === "declined"
      ? state.byMe
        ? "You declined"
        : "Declined"
      : state.state === "blocked"
        ? state.byMe
          ? "Blocked by you"
          : "Not taking requests"
        : PAIR_STATE_LABELS[state.state];
  const chip = (
    <span className="chip" data-pair-state={state.state}>
      {label}
    </span>
  );
  return "partnershipId" in state ? (
    <Link to={`/partnerships/${state.partnershipId}`} className="no-underline" aria-label={`${label}: ${other.name}`}>
      {chip}
    </Link>
  ) : (
    chip
  );
}
