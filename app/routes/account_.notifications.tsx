import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { NotificationSettingsForm, type NotificationSettingsField } from "#app/components/notification-settings";
import { NOTIFICATION_KINDS } from "#app/domain/notification-kinds";
import { DigestTimeFormSchema, NotificationSettingsFormSchema } from "#app/domain/notification-settings-schema";
import { loadNotificationSettingsForm, saveNotificationSettings } from "#app/models/notification-settings.server";
import { readForm } from "#app/utils/forms.server";
import { requireUserId } from "#app/utils/session.server";

/**
 * Email settings: the form's own page (the account page sums them up and links here). A saved form
 * goes back to the account page; a refused one comes back to this page with 400, the messages and
 * the choices made.
 */
export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Email settings · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  return loadNotificationSettingsForm(userId, request);
}

const FIELDS: readonly NotificationSettingsField[] = [...NOTIFICATION_KINDS, "digestHour", "timeZone"];

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await readForm(request);
  const submitted = Object.fromEntries(
    FIELDS.map((name) => [name, String(form.get(name) ?? "").slice(0, 80)]),
  ) as Record<NotificationSettingsField, string>;
  const kinds = NotificationSettingsFormSchema.safeParse(submitted);
  const digest = DigestTimeFormSchema.safeParse(submitted);
  if (!kinds.success || !digest.success) {
    const errors: Partial<Record<NotificationSettingsField, string>> = {};
    for (const issue of [...(kinds.error?.issues ?? []), ...(digest.error?.issues ?? [])]) {
      const name = issue.path[0] as NotificationSettingsField;
      errors[name] ??= issue.message;
    }
    return data({ values: submitted, errors }, { status: 400 });
  }
  await saveNotificationSettings(userId, kinds.data, {
    hour: digest.data.digestHour,
    timeZone: digest.data.timeZone,
  });
  return redirect("/account?saved=notifications#notifications");
}

export default function AccountNotifications() {
  const loaded = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-xl">
      <p className="text-sm">
        <Link to="/account">← Account</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Email settings</h1>
      <NotificationSettingsForm
        values={refused?.values ?? loaded.values}
        errors={refused?.errors}
        saved={loaded.saved}
        choices={loaded.choices}
      />
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
