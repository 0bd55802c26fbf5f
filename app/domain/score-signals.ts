/**
 * The plain words for each signal of a suggestion's score breakdown (app/domain/matching.ts). Its
 * own small module, so the cards can show them without loading the ranking.
 */
/** What each signal of a score breakdown means, in the words the suggestion cards show. */
const SIGNAL_LABELS: Readonly<Record<string, string>> = {
  sphere: "How often these trades refer to each other",
  journeys: "Helps with the same customer problems",
  customers: "Serves the same kinds of customers",
  overlap: "Overlap with what you offer",
  focus: "Sticks to one trade (not a generalist)",
  twoWayFit: "Offers what each of you wants",
  serviceArea: "Serves your area",
  kind: "Wants the same kind of partnership",
  notAFitProfession: "A trade you marked not a fit",
  similarity: "Does the same work",
  capacity: "Capacity fits yours",
  proximity: "Nearby",
};

/** The plain-words name of a score signal. */
export function signalLabel(signal: string): string {
  return SIGNAL_LABELS[signal] ?? signal;
}
