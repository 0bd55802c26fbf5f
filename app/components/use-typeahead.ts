import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Search-as-you-type against a JSON resource route: `load(url)` asks once typing pauses for
 * `delayMs`, aborts the request for the previous keystroke, and keeps the last answer on screen
 * until the next one arrives. A stale request's abort is silent. (Remix's `useFetcher` is not used
 * here: when it aborts a load whose body is still arriving, Remix logs
 * `AbortError: BodyStreamBuffer was aborted` to the console.) Failures (offline, say) leave the
 * last answer: the input still works without suggestions.
 */
export function useTypeahead<T>(delayMs: number) {
  const [answer, setAnswer] = useState<{ key: string; data: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  /** Asks `url` after the pause; `key` says which text the answer is for (default: the URL). */
  const load = useCallback(
    (url: string, key: string = url) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        inFlight.current?.abort();
        const controller = new AbortController();
        inFlight.current = controller;
        fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
          .then((response) => (response.ok ? (response.json() as Promise<T>) : null))
          .then((data) => {
            if (data !== null && !controller.signal.aborted) setAnswer({ key, data });
          })
          // Aborted for a newer keystroke, or no answer: nothing to say.
          .catch(() => {});
      }, delayMs);
    },
    [delayMs],
  );

  /** Forgets a pending ask (the text got too short to suggest anything). */
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    inFlight.current?.abort();
  }, []);

  return { data: answer?.data, answeredFor: answer?.key, load, cancel };
}
