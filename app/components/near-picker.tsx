import { Form, Link, useNavigate } from "@remix-run/react";
import { useEffect, useId, useState, type MouseEvent } from "react";
import { PlaceInput } from "./place-input";

/** What the server could not use (app/models/directory-home.server.ts). */
export type NearProblem =
  | { kind: "choices"; typed: string; choices: { label: string; name: string }[] }
  | { kind: "not-found"; typed: string }
  | { kind: "bad-location" };

interface NearPickerProps {
  /** The place input's value: the place the list is around, or what was typed. */
  placeText: string;
  category: string;
  categories: { slug: string; name: string; count: number }[];
  problem: NearProblem | null;
}

/**
 * The home page's "near a place" and category filter: a plain GET form (`near`, `category`) that
 * works without JavaScript, and, with it, a "Use my location" button that asks the browser only
 * when pressed and then loads `/?lat=&lng=` (rounded to about 1 km). Each lands on the list
 * (`#directory`), not the top of the page, so the answer or the question ("which Portland?") is in view.
 */
export function NearPicker({ placeText, category, categories, problem }: NearPickerProps) {
  const problemId = useId();
  return (
    <Form
      method="get"
      action="/#directory"
      preventScrollReset
      aria-label="Businesses near a place"
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="min-w-0 sm:flex-[2_1_14rem]">
          <label htmlFor="near" className="label">
            Near
          </label>
          <PlaceInput
            key={placeText}
            id="near"
            name="near"
            defaultValue={placeText}
            placeholder="Town or city"
            className="input mt-1 h-10"
            aria-describedby={problem ? problemId : undefined}
            aria-invalid={problem && problem.kind !== "bad-location" ? true : undefined}
          />
        </div>
        <div className="min-w-0 sm:flex-[1_1_12rem]">
          <label htmlFor="category" className="label">
            Category
          </label>
          <select key={category} id="category" name="category" defaultValue={category} className="input mt-1 h-10">
            <option value="">All categories</option>
            {categories.map((entry) => (
              <option key={entry.slug} value={entry.slug}>
                {entry.name} ({entry.count})
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn h-10">
            Show
          </button>
          <LocationButton />
        </div>
      </div>
      {problem ? <PlaceProblem id={problemId} problem={problem} category={category} /> : null}
    </Form>
  );
}

function PlaceProblem({ id, problem, category }: { id: string; problem: NearProblem; category: string }) {
  if (problem.kind === "bad-location") {
    return (
      <p id={id} role="alert" className="field-error">
        We could not use that location. Type a town or city, or try “Use my location” again.
      </p>
    );
  }
  if (problem.kind === "not-found") {
    return (
      <p id={id} role="alert" className="field-error">
        We don’t know a place called “{problem.typed}”. Type a town or city and pick it from the list.
      </p>
    );
  }
  const link = (label: string) =>
    `/?${new URLSearchParams({ near: label, ...(category ? { category } : {}) })}#directory`;
  return (
    <div id={id} role="alert" className="mt-3 text-sm">
      <p className="font-medium text-stone-800">Several places are called {problem.typed}: pick one</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {problem.choices.map((choice) => (
          <li key={choice.label}>
            <Link to={link(choice.label)} preventScrollReset>
              {choice.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Two decimals of a degree: about 1 km, as much as the list needs. */
const round = (degrees: number) => degrees.toFixed(2);

/**
 * Shown only once JavaScript runs and the browser has geolocation; asks for the position only
 * when pressed. The list keeps the category chosen in the form.
 */
function LocationButton() {
  const [available, setAvailable] = useState(false);
  const [state, setState] = useState<"idle" | "asking" | "failed">("idle");
  const navigate = useNavigate();
  useEffect(() => setAvailable("geolocation" in navigator), []);
  if (!available) return null;

  function locate(event: MouseEvent<HTMLButtonElement>) {
    const category = event.currentTarget.form?.elements.namedItem("category");
    const chosen = category instanceof HTMLSelectElement ? category.value : "";
    setState("asking");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const params = new URLSearchParams({
          lat: round(position.coords.latitude),
          lng: round(position.coords.longitude),
        });
        if (chosen) params.set("category", chosen);
        setState("idle");
        navigate(`/?${params}#directory`, { preventScrollReset: true });
      },
      () => setState("failed"),
      { maximumAge: 10 * 60_000, timeout: 20_000 },
    );
  }

  return (
    <>
      <button type="button" className="btn-secondary h-10" onClick={locate} disabled={state === "asking"}>
        {state === "asking" ? "Finding you…" : "Use my location"}
      </button>
      {state === "failed" ? (
        <p role="alert" className="field-error w-full">
          We could not get your location. Type a town or city instead.
        </p>
      ) : null}
    </>
  );
}
