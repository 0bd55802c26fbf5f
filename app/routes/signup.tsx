import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { readForm } from "#app/utils/forms.server";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Field, FormError } from "#app/components/field";
import { loadSignUpSchema } from "#app/components/account-schemas.client";
import { errorMeta } from "#app/components/general-error-boundary";
import { useLazyValidation } from "#app/components/use-lazy-validation";
import { SignUpSchema } from "#app/domain/auth-schema";
import { PASSWORD_RULES } from "#app/domain/password-rules";
import { knownBrowserCookieFor } from "#app/models/sign-in.server";
import { signUp } from "#app/models/users.server";
import { clientIp, formatRetryAfter, hitRateLimit, RATE_LIMITS, withRetryAfter } from "#app/utils/rate-limit.server";
import { getUser, safeRedirect, startSessionAndRedirect } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Sign up · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/dashboard");
  // The form's constraints come from here and its schema loads after the page (decision 017).
  return { constraint: getZodConstraint(SignUpSchema) };
}

export const headers = withRetryAfter;

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: SignUpSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const limit = await hitRateLimit(`signup:ip:${clientIp(request)}`, RATE_LIMITS.signUpPerIp);
  if (!limit.allowed) {
    return data(
      submission.reply({
        formErrors: [
          `Too many accounts created from this network. Try again in ${formatRetryAfter(limit.retryAfterSeconds)}.`,
        ],
        hideFields: ["password"],
      }),
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const result = await signUp(submission.value.email, submission.value.password);
  if (!result.ok) {
    return data(
      submission.reply({
        fieldErrors: { email: ["An account with this email already exists. Log in instead?"] },
        hideFields: ["password"],
      }),
      { status: 400 },
    );
  }
  const response = await startSessionAndRedirect(
    result.userId,
    safeRedirect(submission.value.redirectTo, "/dashboard"),
  );
  // The browser that created the account is one it has signed in from (docs/decisions/015-sign-in-limits.md).
  const knownBrowser = await knownBrowserCookieFor(result.userId);
  if (knownBrowser) response.headers.append("Set-Cookie", knownBrowser);
  return response;
}

export default function SignUp() {
  const { constraint } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const validate = useLazyValidation(loadSignUpSchema);
  const [form, fields] = useForm({
    id: "signup",
    lastResult,
    constraint,
    onValidate: validate,
    // Errors appear on submit (not on blur, which moved the submit button under the pointer) and
    // clear as the field is fixed.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <p className="mt-2 text-sm text-stone-700">
        Publish your business and find partners who serve your customers without competing.
      </p>
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <FormError errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field id={fields.email.id} label="Email" errors={fields.email.errors}>
          {(aria) => (
            <input
              {...getInputProps(fields.email, { type: "email" })}
              {...aria}
              autoComplete="email"
              className="input"
            />
          )}
        </Field>
        <Field id={fields.password.id} label="Password" hint={PASSWORD_RULES.text} errors={fields.password.errors}>
          {(aria) => (
            <input
              {...getInputProps(fields.password, { type: "password" })}
              {...aria}
              autoComplete="new-password"
              className="input"
            />
          )}
        </Field>
        <button type="submit" className="btn w-full" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Creating account…" : "Sign up"}
        </button>
        <p className="text-sm">
          Already have an account?{" "}
          <Link
            to={
              searchParams.get("redirectTo")
                ? `/login?${new URLSearchParams({ redirectTo: searchParams.get("redirectTo")! })}`
                : "/login"
            }
          >
            Log in
          </Link>
        </p>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
