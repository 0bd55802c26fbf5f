import { getFormProps, useForm } from "@conform-to/react";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormError } from "#app/components/field";
import { InputField } from "#app/components/input-field";
import { errorMeta } from "#app/components/general-error-boundary";
import { loadChangePasswordSchema, loadDeleteAccountSchema } from "#app/components/account-schemas.client";
import { ChangeEmailSection, DisplayNameSection } from "#app/components/account-sections";
import { checkTiming, useLazyValidation } from "#app/components/use-lazy-validation";
import { loadNotificationSettingsSummary } from "#app/models/notification-settings.server";
import {
  ChangeEmailSchema,
  ChangePasswordSchema,
  DeleteAccountSchema,
  DisplayNameFormSchema,
} from "#app/domain/auth-schema";
import { limitAccountMail, requestEmailChange } from "#app/models/account-email.server";
import { PASSWORD_RULES } from "#app/domain/password-rules";
import { listOwnerBusinesses } from "#app/models/businesses.server";
import {
  checkPasswordWithLimits,
  knownBrowserCookieFor,
  signInClient,
  wrongPasswordMessage,
} from "#app/models/sign-in.server";
import { changePassword, deleteAccount, setDisplayName } from "#app/models/users.server";
import { formatRetryAfter, withRetryAfter } from "#app/utils/rate-limit.server";
import {
  requireUser,
  serializeBlankSessionCookie,
  startSessionAndRedirect,
  type SessionUser,
} from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Account · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const businesses = await listOwnerBusinesses(user.id);
  const searchParams = new URL(request.url).searchParams;
  return {
    email: user.email,
    emailVerified: user.emailVerified,
    displayName: user.displayName,
    // Worded here, not in the page's script (the page is at its weight budget).
    deleteWarning: deleteWarning(businesses.length),
    changed: searchParams.has("changed"),
    emailChanged: searchParams.has("email-changed"),
    nameSaved: searchParams.has("name-saved"),
    notificationSettings: await loadNotificationSettingsSummary(user.id, request),
    // The forms' constraints come from here and their schemas load after the page (decision 017).
    constraints: {
      displayName: getZodConstraint(DisplayNameFormSchema),
      changeEmail: getZodConstraint(ChangeEmailSchema),
      changePassword: getZodConstraint(ChangePasswordSchema),
      deleteAccount: getZodConstraint(DeleteAccountSchema),
    },
  };
}

/**
 * Checks the account's password under the same limits as signing in (a stolen session must not
 * become a way to guess the password). Returns an error message and status, or null when the
 * password is right.
 */
async function verifyOwnPassword(request: Request, user: SessionUser, password: string, wrongMessage: string) {
  const check = await checkPasswordWithLimits(user.email, password, signInClient(request));
  if (check.ok && check.userId === user.id) return null;
  if (!check.ok && check.reason === "too-many") {
    return {
      message: `Too many password attempts. Wait ${formatRetryAfter(check.retryAfterSeconds)} and try again.`,
      status: 429,
      retryAfter: check.retryAfterSeconds,
    };
  }
  const triesLeft = check.ok ? Infinity : check.triesLeft;
  return { message: wrongPasswordMessage(wrongMessage, triesLeft), status: 400, retryAfter: 0 };
}

function refusalHeaders(retryAfter: number): HeadersInit {
  return retryAfter ? { "Retry-After": String(retryAfter) } : {};
}

export const headers = withRetryAfter;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "display-name") {
    const submission = parseWithZod(formData, { schema: DisplayNameFormSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    await setDisplayName(user.id, submission.value.displayName);
    throw redirect("/account?name-saved=1");
  }
  if (intent === "change-email") {
    const submission = parseWithZod(formData, { schema: ChangeEmailSchema });
    const hideFields = ["password"];
    if (submission.status !== "success")
      return data({ intent, result: submission.reply({ hideFields }) }, { status: 400 });
    const { newEmail, password } = submission.value;
    if (newEmail === user.email) {
      return data(
        {
          intent,
          result: submission.reply({ fieldErrors: { newEmail: ["This is already your address"] }, hideFields }),
        },
        { status: 400 },
      );
    }
    const refused = await verifyOwnPassword(request, user, password, "Password is incorrect.");
    if (refused) {
      return data(
        { intent, result: submission.reply({ fieldErrors: { password: [refused.message] }, hideFields }) },
        { status: refused.status, headers: refusalHeaders(refused.retryAfter) },
      );
    }
    // Counted for the new address whether or not another account has it (decision 023).
    const limit = await limitAccountMail("change", newEmail, request);
    if (!limit.allowed) {
      const wait = formatRetryAfter(limit.retryAfterSeconds);
      const message =
        limit.scope === "ip"
          ? `Too many emails asked from this network. Try again in ${wait}.`
          : `We already sent several links to this address. Check its inbox and spam folder, or try again in ${wait}.`;
      return data(
        { intent, result: submission.reply({ fieldErrors: { newEmail: [message] }, hideFields }) },
        { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
      );
    }
    await requestEmailChange(user, newEmail);
    return { intent, sentTo: newEmail, result: submission.reply({ resetForm: true }) };
  }
  if (intent === "change-password") {
    const submission = parseWithZod(formData, { schema: ChangePasswordSchema });
    const hideFields = ["currentPassword", "newPassword", "confirmPassword"];
    if (submission.status !== "success")
      return data({ intent, result: submission.reply({ hideFields }) }, { status: 400 });
    const refused = await verifyOwnPassword(
      request,
      user,
      submission.value.currentPassword,
      "Current password is incorrect.",
    );
    if (refused) {
      return data(
        { intent, result: submission.reply({ fieldErrors: { currentPassword: [refused.message] }, hideFields }) },
        { status: refused.status, headers: refusalHeaders(refused.retryAfter) },
      );
    }
    await changePassword(user.id, submission.value.newPassword);
    // Every session and every known browser was revoked; this browser gets a fresh one of each.
    const response = await startSessionAndRedirect(user.id, "/account?changed=1");
    const knownBrowser = await knownBrowserCookieFor(user.id);
    if (knownBrowser) response.headers.append("Set-Cookie", knownBrowser);
    return response;
  }
  if (intent === "delete-account") {
    const submission = parseWithZod(formData, { schema: DeleteAccountSchema });
    if (submission.status !== "success") {
      return data({ intent, result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
    }
    const refused = await verifyOwnPassword(request, user, submission.value.password, "Password is incorrect.");
    if (refused) {
      return data(
        {
          intent,
          result: submission.reply({ fieldErrors: { password: [refused.message] }, hideFields: ["password"] }),
        },
        { status: refused.status, headers: refusalHeaders(refused.retryAfter) },
      );
    }
    await deleteAccount(user.id);
    return redirect("/?deleted=1", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
  }
  throw unknownIntent();
}

function deleteWarning(businessCount: number): string {
  if (businessCount === 0) return "This permanently deletes your account. It cannot be undone.";
  const yours = businessCount === 1 ? "your business" : `your ${businessCount} businesses`;
  return `This permanently deletes your account and ${yours}, and removes ${businessCount === 1 ? "it" : "them"} from the directory and search. It cannot be undone.`;
}

export default function Account() {
  const {
    email,
    emailVerified,
    displayName,
    deleteWarning,
    changed,
    emailChanged,
    nameSaved,
    constraints,
    notificationSettings,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (intent: string) => (actionData?.intent === intent ? actionData.result : undefined);
  const validatePassword = useLazyValidation(loadChangePasswordSchema);
  const validateDelete = useLazyValidation(loadDeleteAccountSchema);
  const [passwordForm, passwordFields] = useForm({
    id: "change-password",
    lastResult: resultFor("change-password"),
    constraint: constraints.changePassword,
    onValidate: validatePassword,
    ...checkTiming(validatePassword),
  });
  const [deleteForm, deleteFields] = useForm({
    id: "delete-account",
    lastResult: resultFor("delete-account"),
    constraint: constraints.deleteAccount,
    onValidate: validateDelete,
    ...checkTiming(validateDelete),
  });
  // Sections, in order: each a <section className="card"> (another one, such as notification
  // settings, slots in before "Delete account").
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Account</h1>
        <p className="mt-1 text-stone-700">Signed in as {displayName ? `${displayName} (${email})` : email}</p>
        {changed ? (
          <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
            Password changed. You were signed out everywhere else.
          </p>
        ) : null}
      </div>

      <DisplayNameSection
        displayName={displayName}
        constraint={constraints.displayName}
        result={resultFor("display-name")}
        saved={nameSaved}
      />

      <ChangeEmailSection
        email={email}
        constraint={constraints.changeEmail}
        result={resultFor("change-email")}
        sentTo={actionData && "sentTo" in actionData ? actionData.sentTo : null}
        changed={emailChanged}
        verified={emailVerified}
      />

      <section aria-labelledby="change-password-heading" className="card">
        <h2 id="change-password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        <Form method="post" className="mt-4 space-y-4" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="change-password" />
          <FormError errors={passwordForm.errors} />
          <InputField
            field={passwordFields.currentPassword}
            type="password"
            label="Current password"
            autoComplete="current-password"
          />
          <InputField
            field={passwordFields.newPassword}
            type="password"
            label="New password"
            hint={PASSWORD_RULES.text}
            autoComplete="new-password"
          />
          <InputField
            field={passwordFields.confirmPassword}
            type="password"
            label="Repeat new password"
            autoComplete="new-password"
          />
          <p className="hint">Changing your password signs you out on every other device.</p>
          <button type="submit" className="btn">
            Change password
          </button>
        </Form>
      </section>

      {/* The form is its own page (app/routes/account_.notifications.tsx), which comes back here. */}
      <section id="notifications" aria-labelledby="notifications-heading" className="card">
        <h2 id="notifications-heading" className="text-lg font-semibold">
          Email notifications
        </h2>
        {notificationSettings.saved ? (
          <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
            Email settings saved.
          </p>
        ) : null}
        <p className="mt-2 text-sm text-stone-700">{notificationSettings.summary}</p>
        <Link to="/account/notifications" className="btn-secondary mt-3 inline-block">
          Change email settings
        </Link>
      </section>

      <section aria-labelledby="delete-heading" className="card border-red-200">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800">
          Delete account
        </h2>
        <p className="mt-2 text-sm text-stone-700">{deleteWarning}</p>
        <Form method="post" className="mt-4 space-y-4" {...getFormProps(deleteForm)}>
          <input type="hidden" name="intent" value="delete-account" />
          <FormError errors={deleteForm.errors} />
          <InputField
            field={deleteFields.password}
            type="password"
            label="Your password"
            autoComplete="current-password"
          />
          <InputField field={deleteFields.confirm} type="text" label="Type DELETE to confirm" autoComplete="off" />
          <button type="submit" className="btn-danger">
            Delete my account
          </button>
        </Form>
      </section>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
