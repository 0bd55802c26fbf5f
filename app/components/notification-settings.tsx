import { Form } from "@remix-run/react";
import { type ReactNode, useEffect, useState } from "react";
import type { NotificationKind } from "#app/domain/notification-kinds";
import type { NotificationSettingsChoices } from "#app/domain/notification-settings";

/** The form's fields: one per kind, and the digest's hour and time zone. */
export type NotificationSettingsField = NotificationKind | "digestHour" | "timeZone";

export interface NotificationSettingsFormProps {
  /** The choice shown per field: the saved one, or what was just submitted when it was refused. */
  values: Partial<Record<NotificationSettingsField, string>>;
  errors?: Partial<Record<NotificationSettingsField, string>>;
  saved?: boolean;
  /** The kinds and choices with their words, from the loader (so the page's script carries none). */
  choices: NotificationSettingsChoices;
}

/**
 * Which emails an owner gets, one row per kind: immediately, in the daily digest, or off (the
 * bell shows everything either way), and when the daily digest goes out. A plain form posting to
 * /account/notifications, so it works without JavaScript; that route renders it.
 */
export function NotificationSettingsForm({
  values,
  errors = {},
  saved = false,
  choices,
}: NotificationSettingsFormProps) {
  const invalid = Object.values(errors).filter(Boolean);
  return (
    <Form
      method="post"
      action="/account/notifications"
      className="mt-4 space-y-4"
      aria-describedby="email-settings-hint"
    >
      <p id="email-settings-hint" className="hint">
        Every update also appears under Notifications. The daily digest is one email a day, at the time you choose
        below, listing what waited for it.
      </p>
      {saved ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          Email settings saved.
        </p>
      ) : null}
      {invalid.length ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {invalid.length === 1 ? "One choice needs fixing" : `${invalid.length} choices need fixing`}: see below.
        </div>
      ) : null}
      {choices.kinds.map(({ kind, label }) => {
        const errorId = errors[kind] ? `email-${kind}-error` : undefined;
        return (
          <fieldset key={kind} aria-describedby={errorId}>
            <legend className="text-sm font-medium">{label}</legend>
            <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
              {choices.deliveries.map(({ value: delivery, label: deliveryLabel }) => (
                <label key={delivery} className="inline-flex items-center gap-2 whitespace-nowrap text-sm">
                  <input
                    type="radio"
                    name={kind}
                    value={delivery}
                    defaultChecked={values[kind] === delivery}
                    aria-invalid={errors[kind] ? true : undefined}
                  />
                  {deliveryLabel}
                </label>
              ))}
            </div>
            {errors[kind] ? (
              <p id={errorId} className="field-error">
                {errors[kind]}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <fieldset aria-describedby="digest-time-hint">
        <legend className="text-sm font-medium">Daily digest time</legend>
        <p id="digest-time-hint" className="hint">
          The digest goes out within a few minutes of this hour, on the clock of the time zone you pick.
        </p>
        <div className="mt-2 flex flex-wrap items-start gap-4">
          <SelectField
            id="digest-hour"
            name="digestHour"
            label="Hour"
            value={values.digestHour}
            error={errors.digestHour}
            options={choices.hours.map((hour) => ({ value: String(hour.value), label: hour.label }))}
          />
          <SelectField
            id="digest-time-zone"
            name="timeZone"
            label="Time zone"
            value={values.timeZone}
            error={errors.timeZone}
            options={choices.timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
          >
            <BrowserTimeZone current={values.timeZone} known={choices.timeZones} />
          </SelectField>
        </div>
      </fieldset>
      <button type="submit" className="btn">
        Save email settings
      </button>
    </Form>
  );
}

/**
 * "Use this browser's time zone (Europe/London)": shown once the page runs, when the browser's zone
 * differs from the one chosen; it sets the time zone list, and Save saves it.
 */
function BrowserTimeZone({ current, known }: { current?: string; known: readonly string[] }) {
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && zone !== current && known.includes(zone)) setBrowserZone(zone);
  }, [current, known]);
  if (!browserZone) return null;
  return (
    <button
      type="button"
      className="mt-1 block text-sm text-brand-800 underline"
      onClick={(event) => {
        const select = event.currentTarget.form?.elements.namedItem("timeZone");
        if (select instanceof HTMLSelectElement) {
          select.value = browserZone;
          select.focus();
        }
        setBrowserZone(null);
      }}
    >
      Use this browser&apos;s time zone ({browserZone.replace(/_/g, " ")})
    </button>
  );
}

/** A labelled list with its message when refused; `children` go under it. */
function SelectField({
  id,
  name,
  label,
  value,
  error,
  options,
  children,
}: {
  id: string;
  name: NotificationSettingsField;
  label: string;
  value?: string;
  error?: string;
  options: { value: string; label: string }[];
  children?: ReactNode;
}) {
  return (
    <div className="max-w-full">
      <label htmlFor={id} className="label">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="input mt-1 w-auto max-w-full"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
