import { useId, type ChangeEvent, type InputHTMLAttributes } from "react";
import { useTypeahead } from "./use-typeahead";

const ASK_AFTER_MS = 120;

/**
 * A town or city input with suggestions from the bundled gazetteer as you type
 * (GET /resources/places?q=), asked once typing pauses; the request for an earlier keystroke is
 * dropped without a word (use-typeahead.ts). It submits the label ("Portland, OR, US"); the
 * server resolves it. Without JavaScript it is a plain text input. Other props go to the <input>.
 */
export function PlaceInput({
  onChange,
  className = "input",
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "list" | "type">) {
  const places = useTypeahead<{ id: number; label: string }[]>(ASK_AFTER_MS);
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
          if (q.trim().length >= 2) places.load(`/resources/places?${new URLSearchParams({ q })}`);
          else places.cancel();
        }}
      />
      <datalist id={listId}>
        {(places.data ?? []).map((place) => (
          <option key={place.id} value={place.label} />
        ))}
      </datalist>
    </>
  );
}
