import { useEffect, useState } from "react";
import type { CategoryChoice, CategoryLabelAnswer, TagSuggestions } from "#app/domain/category-label";
import { useCategoryLabels } from "./use-category-labels";

const NO_SUGGESTIONS: TagSuggestions = { offerings: [], targetCustomers: [], customerProblems: [] };

/**
 * The business form's category labels (app/components/use-category-labels.ts) and the usual tags
 * of the primary category typed, which the tag fields suggest. The last suggestions stay while the
 * next are asked for.
 */
export function usePrimaryCategory(
  categories: readonly CategoryChoice[],
  initial: { label: string; answer?: CategoryLabelAnswer },
) {
  const [primaryLabel, setPrimaryLabel] = useState(initial.label);
  const labels = useCategoryLabels(
    categories,
    initial.answer ? { label: primaryLabel, answer: initial.answer } : undefined,
  );
  const [suggestions, setSuggestions] = useState(initial.answer?.slug ? initial.answer.suggestions : NO_SUGGESTIONS);
  const { answerFor, ask } = labels;
  useEffect(() => {
    const answer = answerFor(primaryLabel);
    if (answer) setSuggestions(answer.slug ? answer.suggestions : NO_SUGGESTIONS);
    else if (!primaryLabel.trim()) setSuggestions(NO_SUGGESTIONS);
    else ask(primaryLabel, "primary");
  }, [primaryLabel, labels.answered, answerFor, ask]);
  return { labels, setPrimaryLabel, suggestions };
}
