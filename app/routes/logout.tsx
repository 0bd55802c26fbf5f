import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getSession, invalidateSession, serializeBlankSessionCookie } from "#app/utils/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  if (session) await invalidateSession(session.sessionId);
  return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
}

export async function loader() {
  return redirect("/");
}
