import { useFetcher, useSearchParams } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { LOGO_ACCEPT, MAX_LOGO_MEGABYTES } from "#app/domain/business-logo";
import { BusinessLogo } from "./business-logo";

/** What the status line says after each kind of success (the pages say the same for `?saved=`). */
const SAVED_WORDS = {
  logo: "Logo saved.",
  "logo-removed": "Logo removed: cards show your initials.",
} as const;

/**
 * The owner's logo or photo: upload, replace, remove. Posts to /businesses/:id/logo (multipart,
 * so it works without JavaScript: a success goes to `redirectTo` with `?saved=logo` or
 * `?saved=logo-removed`, a refusal shows that route's page with this form again). With
 * JavaScript the page stays where it is, adding nothing to the history: a refusal appears next to
 * the field, a success in this form's status line (announced politely). Both say only what the
 * latest upload or removal did: a new one clears them, and so does leaving the page, and the
 * page's own `?saved=` status (an earlier action's) is taken out of the address.
 */
export function LogoForm({
  businessId,
  name,
  logoKey,
  redirectTo,
  error,
}: {
  businessId: string;
  name: string;
  logoKey: string | null;
  redirectTo: string;
  /** A refusal to show without JavaScript (the logo route's own page passes its action's). */
  error?: string | null;
}) {
  const fetcher = useFetcher<{ logoError?: string | null; logoSaved?: keyof typeof SAVED_WORDS | null }>();
  const [searchParams, setSearchParams] = useSearchParams();
  const uploadForm = useRef<HTMLFormElement>(null);
  const handled = useRef<unknown>(null);
  // Only once JavaScript runs does the form ask to stay on the page (a fetcher can then show the answer).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data || handled.current === fetcher.data) return;
    handled.current = fetcher.data;
    if (fetcher.data.logoSaved) uploadForm.current?.reset();
    // The remove button is gone with the picture: focus goes to the file field, not the page's top.
    if (fetcher.data.logoSaved === "logo-removed")
      uploadForm.current?.querySelector<HTMLElement>("input[type=file]")?.focus();
    if (searchParams.has("saved")) {
      const next = new URLSearchParams(searchParams);
      next.delete("saved");
      setSearchParams(next, { replace: true, preventScrollReset: true });
    }
  }, [fetcher.state, fetcher.data, searchParams, setSearchParams]);
  const id = useId();
  const inputId = `${id}-logo`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const shownError = fetcher.state === "idle" ? (fetcher.data?.logoError ?? error ?? null) : null;
  const savedWords = fetcher.state === "idle" && fetcher.data?.logoSaved ? SAVED_WORDS[fetcher.data.logoSaved] : null;
  const busy = fetcher.state !== "idle";
  const stay = hydrated ? <input type="hidden" name="stay" value="1" /> : null;
  const action = `/businesses/${businessId}/logo`;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Logo or photo
      </h2>
      <div className="flex flex-wrap items-start gap-4">
        <BusinessLogo name={name} logoKey={logoKey} size="profile" />
        {/* Under the picture on a phone, so the file field has room to show the chosen name. */}
        <div className="min-w-0 flex-1 basis-60 space-y-3">
          {logoKey ? null : (
            <p className="text-sm text-stone-700">
              Without a picture, cards show your initials on a coloured square, as here.
            </p>
          )}
          <fetcher.Form
            ref={uploadForm}
            method="post"
            action={action}
            encType="multipart/form-data"
            className="space-y-2"
          >
            <input type="hidden" name="redirectTo" value={redirectTo} />
            {stay}
            <label htmlFor={inputId} className="label">
              {logoKey ? "Replace it with another picture" : "Choose a picture"}
            </label>
            <input
              id={inputId}
              name="logo"
              type="file"
              accept={LOGO_ACCEPT}
              required
              aria-describedby={shownError ? `${hintId} ${errorId}` : hintId}
              aria-invalid={shownError ? true : undefined}
              className="block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
            />
            <p id={hintId} className="hint">
              JPEG, PNG or WebP, up to {MAX_LOGO_MEGABYTES} MB. We crop it to a square and remove camera data such as
              location.
            </p>
            {shownError ? (
              <p id={errorId} role="alert" className="field-error">
                {shownError}
              </p>
            ) : null}
            <button type="submit" name="intent" value="upload" className="btn" disabled={busy}>
              {busy && fetcher.formData?.get("intent") === "upload" ? "Uploading…" : "Upload"}
            </button>
          </fetcher.Form>
          {/* Always there (empty takes no room), so screen readers announce what appears in it. */}
          <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-800 empty:m-0 empty:p-0">
            {savedWords}
          </p>
          {logoKey ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-red-800">Remove the picture…</summary>
              <fetcher.Form method="post" action={action} encType="multipart/form-data" className="mt-2 space-y-2">
                <input type="hidden" name="redirectTo" value={redirectTo} />
                {stay}
                <p className="text-stone-700">Cards and your profile will show your initials instead.</p>
                <button type="submit" name="intent" value="remove" className="btn-danger" disabled={busy}>
                  Yes, remove the picture
                </button>
              </fetcher.Form>
            </details>
          ) : null}
        </div>
      </div>
    </section>
  );
}
