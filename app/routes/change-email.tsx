import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { EmailLinkProblem, linkProblemStatus, linkProblemTitle } from "#app/components/email-link-problem";
import { errorMeta } from "#app/components/general-error-boundary";
import { EmailTokenSchema } from "#app/domain/auth-schema";
import { confirmEmailChange } from "#app/models/account-email.server";
import { checkEmailToken } from "#app/models/email-tokens.server";
import { readForm } from "#app/utils/forms.server";
import { getUser } from "#app/utils/session.server";

/**
 * /change-email?token=…: the link sent to a new address. Like /verify-email, the GET only shows a
 * button; the POST moves the account to the new address (decision 023).
 */
export const meta: MetaFunction<typeof loader> = ({ error, data }) =>
  error
    ? errorMeta(error)
    : [
        {
          title: `${data?.state === "problem" ? linkProblemTitle(data.reason) : "Confirm your new email"} · Mutualist`,
        },
      ];

const ASK_AGAIN = { to: "/account", label: "Change the email on your account" };

export async function loader({ request }: LoaderFunctionArgs) {
  const token = EmailTokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const check = token.success ? await checkEmailToken(token.data, "change-email") : null;
  if (!token.success || !check?.ok) {
    const reason = check && !check.ok ? check.reason : "unknown";
    return data({ state: "problem" as const, reason }, { status: linkProblemStatus(reason) });
  }
  return { state: "ready" as const, token: token.data, email: check.email, oldEmail: check.userEmail };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = EmailTokenSchema.safeParse((await readForm(request)).get("token"));
  const result = token.success ? await confirmEmailChange(token.data) : null;
  if (!result?.ok) {
    const reason = result?.reason ?? "unknown";
    return data({ problem: reason }, { status: reason === "taken" ? 409 : linkProblemStatus(reason) });
  }
  const user = await getUser(request);
  throw redirect(user?.id === result.userId ? "/account?email-changed=1" : "/login?email-changed=1");
}

export default function ChangeEmail() {
  const loaded = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  if (reply?.problem) return <EmailLinkProblem reason={reply.problem} askAgain={ASK_AGAIN} />;
  if (loaded.state === "problem") return <EmailLinkProblem reason={loaded.reason} askAgain={ASK_AGAIN} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Confirm your new email</h1>
      <p className="mt-3 text-stone-700">
        Your Mutualist account will use <strong>{loaded.email}</strong> instead of {loaded.oldEmail}. You will sign in
        with the new address from now on.
      </p>
      <Form method="post" className="mt-6">
        <input type="hidden" name="token" value={loaded.token} />
        <button type="submit" className="btn">
          {`Use ${loaded.email}`}
        </button>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
