import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EmailLinkProblem, linkProblemStatus, linkProblemTitle } from "#app/components/email-link-problem";
import { errorMeta } from "#app/components/general-error-boundary";
import type { ResendReply } from "#app/components/verify-email-notice";
import { EmailTokenSchema } from "#app/domain/auth-schema";
import {
  limitAccountMail,
  readAfterSignUpCookie,
  readSignUpCookie,
  sendVerificationLink,
  serializeAfterSignUpCookie,
  serializeBlankSignUpCookie,
  verifyEmail,
} from "#app/models/account-email.server";
import { checkEmailToken } from "#app/models/email-tokens.server";
import { knownBrowserCookieFor } from "#app/models/sign-in.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { formatRetryAfter, withRetryAfter } from "#app/utils/rate-limit.server";
import { getUser, requireUser, startSessionAndRedirect } from "#app/utils/session.server";

/**
 * /verify-email?token=… shows a button; only its POST uses the link, so a mail scanner that
 * fetches every link does not spend it (decision 023). Without a token, the page sends a new link
 * to a signed-in owner (the VerifyEmailNotice's form posts here).
 */
export const meta: MetaFunction<typeof loader> = ({ error, data }) =>
  error
    ? errorMeta(error)
    : [{ title: `${data?.state === "problem" ? linkProblemTitle(data.reason) : "Confirm your email"} · Mutualist` }];

export const headers = withRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const raw = new URL(request.url).searchParams.get("token");
  if (raw === null) {
    const user = await requireUser(request);
    if (user.emailVerified) throw redirect("/dashboard");
    return { state: "resend" as const, email: user.email };
  }
  const token = EmailTokenSchema.safeParse(raw);
  const check = token.success ? await checkEmailToken(token.data, "verify-email") : null;
  if (!check?.ok) {
    const reason = check?.reason ?? "unknown";
    return data({ state: "problem" as const, reason }, { status: linkProblemStatus(reason) });
  }
  return { state: "ready" as const, token: token.data!, email: check.email };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "resend") {
    const user = await requireUser(request);
    if (user.emailVerified) return data<ResendReply>({ resend: "sent", email: user.email });
    const limit = await limitAccountMail("resend", user.email, request);
    if (!limit.allowed) {
      const message =
        limit.scope === "address"
          ? `We already sent several links to ${user.email}. Check your inbox and spam folder, or try again in ${formatRetryAfter(limit.retryAfterSeconds)}.`
          : `Too many emails asked from this network. Try again in ${formatRetryAfter(limit.retryAfterSeconds)}.`;
      return data<ResendReply>(
        { resend: "refused", message },
        { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
      );
    }
    await sendVerificationLink(user);
    return data<ResendReply>({ resend: "sent", email: user.email });
  }
  if (intent !== "verify") throw unknownIntent();
  const token = EmailTokenSchema.safeParse(formData.get("token"));
  const result = token.success ? await verifyEmail(token.data, readSignUpCookie(request)) : null;
  if (!result?.ok) {
    const reason = result?.reason ?? "unknown";
    return data({ resend: "problem" as const, reason }, { status: linkProblemStatus(reason) });
  }
  if (result.signInHere) {
    // The browser that signed up: signed in, and known to the sign-in limits from now on.
    // Back to what it signed up for (the new-business form), else the dashboard.
    const response = await startSessionAndRedirect(
      result.userId,
      readAfterSignUpCookie(request) ?? "/dashboard?verified=1",
    );
    const knownBrowser = await knownBrowserCookieFor(result.userId);
    if (knownBrowser) response.headers.append("Set-Cookie", knownBrowser);
    response.headers.append("Set-Cookie", serializeBlankSignUpCookie());
    response.headers.append("Set-Cookie", serializeAfterSignUpCookie(null));
    return response;
  }
  const user = await getUser(request);
  if (user?.id === result.userId) throw redirect("/dashboard?verified=1");
  // Another browser (a phone's mail app): the address is verified; signing in still takes the password.
  throw redirect("/login?verified=1");
}

export default function VerifyEmail() {
  const loaded = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  if (reply?.resend === "problem") {
    return <EmailLinkProblem reason={reply.reason} askAgain={{ to: "/verify-email", label: "Send a new link" }} />;
  }
  if (loaded.state === "problem") {
    return <EmailLinkProblem reason={loaded.reason} askAgain={{ to: "/verify-email", label: "Send a new link" }} />;
  }
  if (loaded.state === "resend") {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">Verify your email</h1>
        {reply?.resend === "sent" ? (
          <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
            {`Sent. Check ${reply.email} (and its spam folder) for a new link.`}
          </p>
        ) : (
          <p className="mt-3 text-stone-700">{`We will send a new link to ${loaded.email}.`}</p>
        )}
        <Form method="post" className="mt-6 space-y-3">
          <input type="hidden" name="intent" value="resend" />
          {reply?.resend === "refused" ? (
            <p role="alert" className="field-error">
              {reply.message}
            </p>
          ) : null}
          <button type="submit" className="btn">
            Send the link again
          </button>
        </Form>
        <p className="mt-6 text-sm">
          <Link to="/dashboard">Back to your businesses</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Confirm your email</h1>
      <p className="mt-3 text-stone-700">{`Confirm that ${loaded.email} is your address.`}</p>
      <Form method="post" className="mt-6">
        <input type="hidden" name="intent" value="verify" />
        <input type="hidden" name="token" value={loaded.token} />
        <button type="submit" className="btn">
          Confirm my email
        </button>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
