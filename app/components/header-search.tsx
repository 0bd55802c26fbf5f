import { Form, useNavigate } from "@remix-run/react";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTypeahead } from "./use-typeahead";

interface Suggestion {
  name: string;
  slug: string;
  category: string;
}

const DEBOUNCE_MS = 120;

/**
 * The header's search box: a plain GET form to /search (works without JavaScript), and with
 * JavaScript a combobox whose listbox suggests businesses as you type
 * (GET /resources/search-suggest?q=). Arrow keys pick a suggestion, Enter opens it; Enter with none
 * picked searches; Escape closes the list.
 */
export function HeaderSearch({ className = "" }: { className?: string }) {
  const suggest = useTypeahead<Suggestion[]>(DEBOUNCE_MS);
  const navigate = useNavigate();
  const id = useId();
  const inputId = `${id}-q`;
  const listId = `${id}-list`;
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  // Which text the suggestions on hand answer: they are shown only while the box still starts with
  // it (typing on refines them; a different query hides them until its own answer arrives).
  const answered = suggest.answeredFor ?? "";
  const typed = text.trim().toLowerCase();
  const suggestions = typed.length >= 2 && answered && typed.startsWith(answered) ? (suggest.data ?? []) : [];
  const expanded = open && suggestions.length > 0;

  const load = (q: string) => {
    if (q.trim().length < 2) return suggest.cancel();
    suggest.load(`/resources/search-suggest?${new URLSearchParams({ q: q.trim() })}`, q.trim().toLowerCase());
  };
  const choose = (suggestion: Suggestion) => {
    setOpen(false);
    setActive(-1);
    setText("");
    if (inputRef.current) inputRef.current.value = "";
    navigate(`/b/${suggestion.slug}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!suggestions.length) return;
      event.preventDefault();
      setOpen(true);
      // Positions: -1 is the box itself, then each suggestion; the ends wrap around.
      const last = suggestions.length - 1;
      setActive((current) =>
        event.key === "ArrowDown" ? (current >= last ? -1 : current + 1) : current <= -1 ? last : current - 1,
      );
    } else if (event.key === "Escape") {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && expanded && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    }
  };

  return (
    <Form
      method="get"
      action="/search"
      role="search"
      className={`relative ${className}`}
      onSubmit={() => setOpen(false)}
    >
      <label htmlFor={inputId} className="sr-only">
        Search the directory
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          name="q"
          type="search"
          ref={inputRef}
          maxLength={200}
          placeholder="Search the directory"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          className="input py-1.5"
          onChange={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
            load(event.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <button type="submit" className="btn-secondary px-3 py-1.5">
          Search
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested businesses"
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-20 mt-1 overflow-hidden rounded-md border border-stone-200 bg-white py-1 shadow-lg"
      >
        {expanded &&
          suggestions.map((suggestion, index) => (
            <li
              key={suggestion.slug}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-brand-50" : "hover:bg-stone-50"}`}
              // mousedown, not click: it lands before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
            >
              <span className="block font-medium text-stone-900">{suggestion.name}</span>
              <span className="block text-xs text-stone-600">{suggestion.category}</span>
            </li>
          ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded
          ? `${suggestions.length} ${suggestions.length === 1 ? "suggestion" : "suggestions"}: use the arrow keys to pick one`
          : ""}
      </p>
    </Form>
  );
}
