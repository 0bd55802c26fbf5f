import { getFormProps, useForm } from "@conform-to/react";
import { readForm } from "#app/utils/forms.server";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { FormError } from "#app/components/field";
import { InputField } from "#app/components/input-field";
import { loadSignUpSchema } from "#app/components/account-schemas.client";
import { errorMeta } from "#app/components/general-error-boundary";
import { checkTiming, useLazyValidation } from "#app/components/use-lazy-validation";
import { SignUpSchema } from "#app/domain/auth-schema";
import { PASSWORD_RULES } from "#app/domain/password-rules";
import { limitAccountMail, serializeAfterSignUpCookie, serializeSignUpCookie } from "#app/models/account-email.server";
import { signUp } from "#app/models/users.server";
import { formatRetryAfter, withRetryAfter } from "#app/utils/rate-limit.server";
import { getUser, safeRedirect } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Sign up · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) {
    throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/dashboard"));
  }
  // The form's constraints come from here and its schema loads after the page (decision 017).
  return { constraint: getZodConstraint(SignUpSchema) };
}

export const headers = withRetryAfter;

/**
 * One answer whatever the address (decision 023): a new one gets an account and a verification
 * link, a taken one gets its owner an email, and this browser gets the same "check your inbox"
 * page and a sign-up cookie of the same shape. The link signs in the browser that signed up.
 */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: SignUpSchema });
  if (submission.status !== "success") {
    return data({ sent: null, result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, displayName } = submission.value;
  const limit = await limitAccountMail("signup", email, request);
  if (!limit.allowed) {
    const wait = formatRetryAfter(limit.retryAfterSeconds);
    const message =
      limit.scope === "ip"
        ? `Too many sign-ups from this network. Try again in ${wait}.`
        : `We already sent several emails to this address. Check its inbox and spam folder, or try again in ${wait}.`;
    return data(
      { sent: null, result: submission.reply({ fieldErrors: { email: [message] }, hideFields: ["password"] }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const { proof } = await signUp({ email, password, displayName });
  const headers = new Headers();
  headers.append("Set-Cookie", serializeSignUpCookie(proof));
  // Where the verification link leads this browser (the page that asked it to sign up); the same
  // either way, so the answer still says nothing about the address.
  const redirectTo = formData.get("redirectTo");
  if (typeof redirectTo === "string" && redirectTo)
    headers.append("Set-Cookie", serializeAfterSignUpCookie(redirectTo));
  return data({ sent: email, result: undefined }, { headers });
}

export default function SignUp() {
  const { constraint } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const validate = useLazyValidation(loadSignUpSchema);
  const [form, fields] = useForm({
    id: "signup",
    lastResult: reply?.result,
    constraint,
    onValidate: validate,
    ...checkTiming(validate),
  });
  if (reply?.sent) return <CheckInbox email={reply.sent} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <p className="mt-2 text-sm text-stone-700">
        Publish your business and find partners who serve your customers without competing.
      </p>
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <FormError errors={form.errors} />
        {searchParams.get("redirectTo") ? (
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo")!} />
        ) : null}
        <InputField
          field={fields.displayName}
          type="text"
          label="Your name (optional)"
          hint="Shown to the businesses you contact. You can add it later."
          autoComplete="name"
        />
        <InputField field={fields.email} type="email" label="Email" autoComplete="email" />
        <InputField
          field={fields.password}
          type="password"
          label="Password"
          hint={PASSWORD_RULES.text}
          autoComplete="new-password"
        />
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

/** The same page whether the address was new or already had an account. */
function CheckInbox({ email }: { email: string }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Check your inbox</h1>
      <p role="status" className="mt-3 text-stone-700">
        We sent a link to <strong>{email}</strong>. Open it in this browser to confirm your address and sign in.
      </p>
      <p className="mt-3 text-sm text-stone-700">
        Nothing after a few minutes? Look in the spam folder, or check the address and{" "}
        <Link to="/signup" reloadDocument>
          sign up again
        </Link>
        . Already have an account? <Link to="/login">Log in</Link>.
      </p>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
