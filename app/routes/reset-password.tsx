import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { loadResetPasswordSchema } from "#app/components/account-schemas.client";
import { EmailLinkProblem, linkProblemStatus, linkProblemTitle } from "#app/components/email-link-problem";
import { FormError } from "#app/components/field";
import { InputField } from "#app/components/input-field";
import { errorMeta } from "#app/components/general-error-boundary";
import { checkTiming, useLazyValidation } from "#app/components/use-lazy-validation";
import { EmailTokenSchema, ResetPasswordSchema } from "#app/domain/auth-schema";
import { PASSWORD_RULES } from "#app/domain/password-rules";
import { resetPassword } from "#app/models/account-email.server";
import { checkEmailToken } from "#app/models/email-tokens.server";
import { knownBrowserCookieFor } from "#app/models/sign-in.server";
import { readForm } from "#app/utils/forms.server";
import { startSessionAndRedirect } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ error, data }) =>
  error
    ? errorMeta(error)
    : [{ title: `${data?.state === "problem" ? linkProblemTitle(data.reason) : "Choose a new password"} · Mutualist` }];

const ASK_AGAIN = { to: "/forgot-password", label: "Ask for a new link" };

export async function loader({ request }: LoaderFunctionArgs) {
  const token = EmailTokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const check = token.success ? await checkEmailToken(token.data, "reset-password") : null;
  if (!token.success || !check?.ok) {
    const reason = check && !check.ok ? check.reason : "unknown";
    return data({ state: "problem" as const, reason }, { status: linkProblemStatus(reason) });
  }
  return {
    state: "ready" as const,
    token: token.data,
    email: check.email,
    constraint: getZodConstraint(ResetPasswordSchema),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ResetPasswordSchema });
  const hideFields = ["newPassword", "confirmPassword"];
  if (submission.status !== "success") {
    return data({ problem: null, result: submission.reply({ hideFields }) }, { status: 400 });
  }
  const result = await resetPassword(submission.value.token, submission.value.newPassword);
  if (!result.ok) {
    return data({ problem: result.reason, result: undefined }, { status: linkProblemStatus(result.reason) });
  }
  // Every session and known browser of the account ended; this browser gets a fresh one of each.
  const response = await startSessionAndRedirect(result.userId, "/account?changed=1");
  const knownBrowser = await knownBrowserCookieFor(result.userId);
  if (knownBrowser) response.headers.append("Set-Cookie", knownBrowser);
  return response;
}

export default function ResetPassword() {
  const loaded = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  if (reply?.problem) return <EmailLinkProblem reason={reply.problem} askAgain={ASK_AGAIN} />;
  if (loaded.state === "problem") return <EmailLinkProblem reason={loaded.reason} askAgain={ASK_AGAIN} />;
  return <ResetForm token={loaded.token} email={loaded.email} constraint={loaded.constraint} result={reply?.result} />;
}

function ResetForm(props: {
  token: string;
  email: string;
  constraint: ReturnType<typeof getZodConstraint>;
  result?: SubmissionResult<string[]>;
}) {
  const navigation = useNavigation();
  const validate = useLazyValidation(loadResetPasswordSchema);
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: props.result,
    constraint: props.constraint,
    onValidate: validate,
    ...checkTiming(validate),
  });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      <p className="mt-2 text-sm text-stone-700">
        For {props.email}. Saving it signs you out on every other device and signs you in here.
      </p>
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <FormError errors={form.errors} />
        <input type="hidden" name="token" value={props.token} />
        {/* Lets a password manager save the new password for the right account. */}
        <input type="text" name="username" value={props.email} autoComplete="username" readOnly hidden />
        <InputField
          field={fields.newPassword}
          type="password"
          label="New password"
          hint={PASSWORD_RULES.text}
          autoComplete="new-password"
        />
        <InputField
          field={fields.confirmPassword}
          type="password"
          label="Repeat new password"
          autoComplete="new-password"
        />
        <button type="submit" className="btn w-full" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Saving…" : "Save the new password"}
        </button>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
