import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { NotificationSettingsForm } from "#app/components/notification-settings";
import { NOTIFICATION_KINDS, type NotificationKind } from "#app/domain/notification-kinds";
import { NotificationSettingsFormSchema } from "#app/domain/notification-settings-schema";
import { loadNotificationSettingsForm, saveNotificationSettings } from "#app/models/notification-settings.server";
import { readForm } from "#app/utils/forms.server";
import { requireUserId } from "#app/utils/session.server";

/**
 * Email settings: the form's own page (the account page shows the same form in a section and posts
 * here). A refused submission comes back to this page with 400, the messages and the choices made.
 */
export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Email settings · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  return loadNotificationSettingsForm(userId, request);
}

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await readForm(request);
  const submitted = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, String(form.get(kind) ?? "").slice(0, 40)]),
  ) as Record<NotificationKind, string>;
  const parsed = NotificationSettingsFormSchema.safeParse(submitted);
  if (!parsed.success) {
    const errors: Partial<Record<NotificationKind, string>> = {};
    for (const issue of parsed.error.issues) {
      const kind = issue.path[0] as NotificationKind;
      errors[kind] ??= issue.message;
    }
    return data({ values: submitted, errors }, { status: 400 });
  }
  await saveNotificationSettings(userId, parsed.data);
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
