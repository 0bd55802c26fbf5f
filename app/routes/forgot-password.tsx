import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { loadForgotPasswordSchema } from "#app/components/account-schemas.client";
import { FormError } from "#app/components/field";
import { InputField } from "#app/components/input-field";
import { errorMeta } from "#app/components/general-error-boundary";
import { checkTiming, useLazyValidation } from "#app/components/use-lazy-validation";
import { ForgotPasswordSchema } from "#app/domain/auth-schema";
import { limitAccountMail, requestPasswordReset } from "#app/models/account-email.server";
import { readForm } from "#app/utils/forms.server";
import { formatRetryAfter, withRetryAfter } from "#app/utils/rate-limit.server";

export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(error) : [{ title: "Forgot password · Mutualist" }];

export async function loader({ request }: LoaderFunctionArgs) {
  // Signed in or not: an owner who forgot the password may still have a session on this browser.
  const email = new URL(request.url).searchParams.get("email") ?? "";
  return { constraint: getZodConstraint(ForgotPasswordSchema), email: email.slice(0, 254) };
}

export const headers = withRetryAfter;

/** The same answer whether or not the address has an account (decision 023). */
export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return data({ sent: null, result: submission.reply() }, { status: 400 });
  const { email } = submission.value;
  const limit = await limitAccountMail("reset", email, request);
  if (!limit.allowed) {
    const wait = formatRetryAfter(limit.retryAfterSeconds);
    const message =
      limit.scope === "ip"
        ? `Too many reset links asked from this network. Try again in ${wait}.`
        : `We already sent several reset links for this address. Check its inbox and spam folder, or try again in ${wait}.`;
    return data(
      { sent: null, result: submission.reply({ fieldErrors: { email: [message] } }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  await requestPasswordReset(email);
  return { sent: email, result: undefined };
}

export default function ForgotPassword() {
  const { constraint, email } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const navigation = useNavigation();
  const validate = useLazyValidation(loadForgotPasswordSchema);
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: reply?.result,
    constraint,
    defaultValue: { email },
    onValidate: validate,
    ...checkTiming(validate),
  });
  if (reply?.sent) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">Check your inbox</h1>
        <p role="status" className="mt-3 text-stone-700">
          If <strong>{reply.sent}</strong> has a Mutualist account, we sent it a link to choose a new password. The link
          works for 1 hour.
        </p>
        <p className="mt-3 text-sm text-stone-700">
          Nothing after a few minutes? Look in the spam folder, or check the address and{" "}
          <Link to="/forgot-password" reloadDocument>
            try again
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="mt-2 text-sm text-stone-700">
        Enter your account's email and we will send a link to choose a new one.
      </p>
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <FormError errors={form.errors} />
        <InputField field={fields.email} type="email" label="Email" autoComplete="email" />
        <button type="submit" className="btn w-full" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Sending…" : "Send me a reset link"}
        </button>
        <p className="text-sm">
          Remembered it? <Link to="/login">Log in</Link>
        </p>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
