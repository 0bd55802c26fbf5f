import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { readForm } from "#app/utils/forms.server";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Field, FormError } from "#app/components/field";
import { loadLoginSchema } from "#app/components/account-schemas.client";
import { errorMeta } from "#app/components/general-error-boundary";
import { checkTiming, useLazyValidation } from "#app/components/use-lazy-validation";
import { LoginSchema } from "#app/domain/auth-schema";
import { checkPasswordWithLimits, signInClient, wrongPasswordMessage } from "#app/models/sign-in.server";
import { formatRetryAfter, withRetryAfter } from "#app/utils/rate-limit.server";
import { getUser, safeRedirect, startSessionAndRedirect } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Log in · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/dashboard");
  // The form's constraints come from here and its schema loads after the page (decision 017).
  return { constraint: getZodConstraint(LoginSchema) };
}

export const headers = withRetryAfter;

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: LoginSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const check = await checkPasswordWithLimits(email, password, signInClient(request));
  if (!check.ok && check.reason === "too-many") {
    const wait = formatRetryAfter(check.retryAfterSeconds);
    const message =
      check.scope === "account"
        ? `Too many sign-in attempts for this account from new browsers. Sign in from a browser you have signed in with before, or wait ${wait} and try again.`
        : `Too many sign-in attempts. Wait ${wait} and try again.`;
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: 429,
      headers: { "Retry-After": String(check.retryAfterSeconds) },
    });
  }
  if (!check.ok) {
    const message = wrongPasswordMessage("Email or password is incorrect.", check.triesLeft);
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), { status: 400 });
  }
  const response = await startSessionAndRedirect(check.userId, safeRedirect(redirectTo, "/dashboard"));
  response.headers.append("Set-Cookie", check.knownBrowserCookie);
  return response;
}

export default function Login() {
  const { constraint } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const validate = useLazyValidation(loadLoginSchema);
  const [form, fields] = useForm({
    id: "login",
    lastResult,
    constraint,
    onValidate: validate,
    ...checkTiming(validate),
  });
  // A wrong email or password is one message for both fields.
  const sharedError = form.errors?.length ? { "aria-invalid": true as const, "aria-describedby": form.errorId } : {};
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Log in</h1>
      {searchParams.has("verified") || searchParams.has("email-changed") ? (
        <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          {searchParams.has("verified")
            ? "Email verified. Log in to continue."
            : "Your account uses its new email address now. Log in with it."}
        </p>
      ) : null}
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <FormError id={form.errorId} errors={form.errors} focus />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field id={fields.email.id} label="Email" errors={fields.email.errors}>
          {(aria) => (
            <input
              {...getInputProps(fields.email, { type: "email" })}
              {...aria}
              {...sharedError}
              autoComplete="email"
              className="input"
            />
          )}
        </Field>
        <Field id={fields.password.id} label="Password" errors={fields.password.errors}>
          {(aria) => (
            <input
              {...getInputProps(fields.password, { type: "password" })}
              {...aria}
              {...sharedError}
              autoComplete="current-password"
              className="input"
            />
          )}
        </Field>
        <button type="submit" className="btn w-full" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Logging in…" : "Log in"}
        </button>
        <p className="text-sm">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
        <p className="text-sm">
          New here?{" "}
          <Link
            to={
              searchParams.get("redirectTo")
                ? `/signup?${new URLSearchParams({ redirectTo: searchParams.get("redirectTo")! })}`
                : "/signup"
            }
          >
            Create an account
          </Link>
        </p>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
