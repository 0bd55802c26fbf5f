import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CategoryLookup } from "#app/domain/business-schema";
import {
  categoryLabelKey,
  singularLabelKey,
  type CategoryChoice,
  type CategoryLabelAnswer,
} from "#app/domain/category-label";

const ASK_AFTER_MS = 150;

/**
 * What the business form knows about the category labels typed into it, without the taxonomy
 * (decision 017): the category names its page was sent, and what the server answered about any
 * other label (an alias such as "realtor", a typo) at GET /resources/categories?label=…, asked a
 * moment after typing stops. `lookup` feeds the form's schema: a label neither known nor answered
 * yet is left to the server's check on submit.
 */
export function useCategoryLabels(
  choices: readonly CategoryChoice[],
  initial?: { label: string; answer: CategoryLabelAnswer },
) {
  const names = useMemo(() => {
    const bySlugOrName = new Map<string, string>();
    for (const choice of choices) {
      bySlugOrName.set(categoryLabelKey(choice.name), choice.slug);
      bySlugOrName.set(categoryLabelKey(choice.slug.replace(/-/g, " ")), choice.slug);
    }
    return bySlugOrName;
  }, [choices]);
  const answers = useRef<Map<string, CategoryLabelAnswer> | null>(null);
  if (!answers.current) {
    answers.current = new Map();
    if (initial) answers.current.set(categoryLabelKey(initial.label), initial.answer);
  }
  // Bumped when an answer arrives, so that whoever shows answers renders again.
  const [answered, setAnswered] = useState(0);
  const asking = useRef(new Set<string>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const lookup = useCallback<CategoryLookup>(
    (label) => {
      const key = categoryLabelKey(label);
      const slug = names.get(key) ?? names.get(singularLabelKey(key));
      if (slug) return slug;
      const answer = answers.current?.get(key);
      return answer ? answer.slug : undefined;
    },
    [names],
  );

  /** The server's answer about this label, once it has one. */
  const answerFor = useCallback((label: string) => answers.current?.get(categoryLabelKey(label)), []);

  /** Asks the server about `label` once typing in `slot` (one input) has paused. */
  const ask = useCallback((label: string, slot: string) => {
    clearTimeout(timers.current.get(slot));
    const key = categoryLabelKey(label);
    if (!key || answers.current?.has(key) || asking.current.has(key)) return;
    timers.current.set(
      slot,
      setTimeout(() => {
        asking.current.add(key);
        fetch(`/resources/categories?${new URLSearchParams({ label })}`)
          .then((response) => (response.ok ? (response.json() as Promise<CategoryLabelAnswer>) : null))
          .then((answer) => {
            if (!answer) return;
            answers.current?.set(key, answer);
            setAnswered((count) => count + 1);
          })
          // No answer (offline, say): the server checks the label when the form is sent.
          .catch(() => {})
          .finally(() => asking.current.delete(key));
      }, ASK_AFTER_MS),
    );
  }, []);

  /** Asks about a label only if neither the names nor an earlier answer settle it. */
  const check = useCallback(
    (label: string, slot: string) => {
      if (lookup(label) === undefined) ask(label, slot);
      else clearTimeout(timers.current.get(slot));
    },
    [ask, lookup],
  );

  return { lookup, answerFor, ask, check, answered };
}
