import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { errorMeta, GeneralErrorBoundary, type StatusWords } from "#app/components/general-error-boundary";
import { unsubscribeDescription } from "#app/domain/notification-settings";
import { unsubscribe, userExists } from "#app/models/notification-settings.server";
import { readUnsubscribeToken } from "#app/utils/unsubscribe-token.server";

/**
 * The unsubscribe link of every notification email. GET says what will stop and shows a button;
 * POST (that button, or a mail client's RFC 8058 one-click POST, which carries no cookies and no
 * Origin: server/app.ts exempts exactly this path from the CSRF check) turns it off. The signed
 * token in the URL is the only authentication; a bad one changes nothing.
 */
const WORDS: StatusWords = {
  400: { title: "This unsubscribe link does not work" },
  404: { title: "No account uses this link" },
};

export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(error, WORDS) : [{ title: "Unsubscribe · Mutualist" }, { name: "robots", content: "noindex" }];

async function readLink(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  const link = readUnsubscribeToken(token);
  if (!token || !link) {
    throw new Response(
      "The link is incomplete or was changed. Open it again from the email, or choose your emails in your account settings.",
      { status: 400 },
    );
  }
  if (!(await userExists(link.userId))) {
    throw new Response("The account this link was sent for no longer exists, so it gets no email.", { status: 404 });
  }
  return { token, ...link };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, scope } = await readLink(request);
  return { token, description: unsubscribeDescription(scope) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { userId, scope } = await readLink(request);
  // The body (`List-Unsubscribe=One-Click`, or the button's form) says nothing the URL does not.
  await unsubscribe(userId, scope);
  return { done: true as const, description: unsubscribeDescription(scope) };
}

export default function Unsubscribe() {
  const { token, description } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>()?.done === true;
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8">
      <h1 className="text-2xl font-bold">{done ? "You are unsubscribed" : "Unsubscribe"}</h1>
      {done ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-brand-800">
          {`Turned off: ${description}. You still see these updates under Notifications when you sign in.`}
        </p>
      ) : (
        <>
          <p className="text-stone-700">{`Stop ${description.charAt(0).toLowerCase()}${description.slice(1)}?`}</p>
          <Form method="post" action={`/unsubscribe?token=${encodeURIComponent(token)}`}>
            <button type="submit" className="btn">
              Unsubscribe
            </button>
          </Form>
        </>
      )}
      <p className="text-sm text-stone-700">
        Choose which emails you get, and how often, in your <Link to="/account/notifications">account settings</Link>.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary words={WORDS} />
      <p className="text-center text-sm">
        <Link to="/account/notifications">Email settings</Link>
      </p>
    </>
  );
}
