import { Form } from "@remix-run/react";
import type { NotificationKind } from "#app/domain/notification-kinds";
import type { NotificationSettingsChoices } from "#app/domain/notification-settings";

export interface NotificationSettingsFormProps {
  /** The choice shown per kind: the saved one, or what was just submitted when it was refused. */
  values: Partial<Record<NotificationKind, string>>;
  errors?: Partial<Record<NotificationKind, string>>;
  saved?: boolean;
  /** The kinds and choices with their words, from the loader (so the page's script carries none). */
  choices: NotificationSettingsChoices;
}

/**
 * Which emails an owner gets, one row per kind: immediately, in the daily digest, or off (the
 * bell shows everything either way). A plain form posting to /account/notifications, so it works
 * without JavaScript; the account page and that route both render it.
 */
export function NotificationSettingsForm({
  values,
  errors = {},
  saved = false,
  choices,
}: NotificationSettingsFormProps) {
  const invalid = choices.kinds.filter(({ kind }) => errors[kind]);
  return (
    <Form
      method="post"
      action="/account/notifications"
      className="mt-4 space-y-4"
      aria-describedby="email-settings-hint"
    >
      <p id="email-settings-hint" className="hint">
        Every update also appears under Notifications. The daily digest is one email a day (around{" "}
        {choices.digestHourUtc}:00 UTC) listing what waited for it.
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
      <button type="submit" className="btn">
        Save email settings
      </button>
    </Form>
  );
}
