import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { blockBusiness, unblockBusiness } from "#app/models/blocks.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { requireUserId, safeRedirect } from "#app/utils/session.server";

/**
 * POST /blocks: one of my businesses (`from`) blocks or unblocks another (`other`), from its
 * profile; back to `redirectTo` with `?block=done|undone`. The partnership page has its own intents.
 */
export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const from = String(form.get("from") ?? "");
  const other = String(form.get("other") ?? "");
  if (intent !== "block" && intent !== "unblock") throw unknownIntent();
  const result =
    intent === "block" ? await blockBusiness(userId, from, other) : await unblockBusiness(userId, from, other);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  const back = new URL(safeRedirect(form.get("redirectTo"), "/partnerships"), "http://same-site.invalid");
  back.searchParams.set("block", intent === "block" ? "done" : "undone");
  return redirect(`${back.pathname}${back.search}`);
}
