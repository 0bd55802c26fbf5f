import { useFetcher } from "@remix-run/react";
import { useId, type ChangeEvent, type InputHTMLAttributes } from "react";

/**
 * A town or city input with suggestions from the bundled gazetteer as you type
 * (GET /resources/places?q=). It submits the label ("Portland, OR, US"); the server resolves it.
 * Without JavaScript it is a plain text input. Other props go to the <input>.
 */
export function PlaceInput({
  onChange,
  className = "input",
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "list" | "type">) {
  const fetcher = useFetcher<{ id: number; label: string }[]>();
  const listId = useId();
  return (
    <>
      <input
        {...props}
        type="text"
        list={listId}
        autoComplete="off"
        className={className}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          onChange?.(event);
          const q = event.currentTarget.value;
          if (q.trim().length >= 2) fetcher.load(`/resources/places?${new URLSearchParams({ q })}`);
        }}
      />
      <datalist id={listId}>
        {(fetcher.data ?? []).map((place) => (
          <option key={place.id} value={place.label} />
        ))}
      </datalist>
    </>
  );
}
