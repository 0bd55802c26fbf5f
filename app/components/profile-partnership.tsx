import { Form, Link, useSearchParams } from "@remix-run/react";
import type { PairState } from "#app/domain/partnership";
import { DoneNote } from "./done-note";
import { PairStatus } from "./partnership-state";

/** What a profile shows a signed-in visitor: propose, the state with each of their businesses, block. */
export function ProfilePartnership({
  panel,
  other,
  redirectTo,
}: {
  panel: { claimed: boolean; mine: { id: string; name: string; state: PairState | null }[] };
  other: { id: string; name: string };
  redirectTo: string;
}) {
  // POST /blocks comes back here with ?block=done|undone.
  const block = useSearchParams()[0].get("block");
  if (panel.mine.length === 0) {
    return (
      <section className="card text-sm" aria-label="Partnership">
        <Link to="/dashboard">Publish a business of yours</Link> to propose a partnership to {other.name}.
      </section>
    );
  }
  const several = panel.mine.length > 1;
  const blockable = panel.mine.filter((mine) => !(mine.state?.state === "blocked" && mine.state.byMe));
  const blockedByMe = panel.mine.filter((mine) => mine.state?.state === "blocked" && mine.state.byMe);
  const done =
    block === "done"
      ? `Blocked: no requests or messages between you and ${other.name}, and neither of you is suggested to the other.`
      : block === "undone"
        ? `Unblocked: you and ${other.name} can send each other requests and messages again.`
        : null;
  return (
    <section className="card space-y-3" aria-labelledby="partnership-heading">
      <h2 id="partnership-heading" className="font-semibold">
        Partnership
      </h2>
      {done ? <DoneNote text={done} /> : null}
      {!panel.claimed ? (
        <p className="text-sm">Nobody runs this listing on Mutualist yet, so it cannot receive requests.</p>
      ) : (
        <ul className="space-y-2">
          {panel.mine.map((mine) => (
            <li key={mine.id} className="flex flex-wrap items-center gap-2 text-sm">
              {several ? <span>{mine.name}:</span> : null}
              <PairStatus state={mine.state} fromId={mine.id} other={other} compact={several} />
            </li>
          ))}
        </ul>
      )}
      {blockedByMe.map((mine) => (
        <Form key={mine.id} method="post" action="/blocks" className="text-sm">
          <input type="hidden" name="from" value={mine.id} />
          <input type="hidden" name="other" value={other.id} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          {several ? `${mine.name} blocked ${other.name}. ` : `You blocked ${other.name}. `}
          <button type="submit" name="intent" value="unblock" className="btn-secondary py-1">
            Unblock
          </button>
        </Form>
      ))}
      {blockable.length ? (
        // Keyed by who is blocked: after a block the disclosure comes back closed.
        <details key={blockedByMe.map((mine) => mine.id).join()} className="text-sm">
          <summary className="cursor-pointer text-red-800">Block {other.name}…</summary>
          <Form method="post" action="/blocks" className="mt-2 space-y-2">
            <input type="hidden" name="other" value={other.id} />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            {blockable.length > 1 ? (
              <>
                <label htmlFor="block-from" className="label">
                  Block for
                </label>
                <select id="block-from" name="from" className="input">
                  {blockable.map((mine) => (
                    <option key={mine.id} value={mine.id}>
                      {mine.name}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <input type="hidden" name="from" value={blockable[0]!.id} />
            )}
            <p className="text-stone-700">
              No requests or messages either way, and neither of you is suggested to the other. An open request is
              closed, and a running partnership ends ({other.name} is told).
            </p>
            <button type="submit" name="intent" value="block" className="btn-danger">
              Block {other.name}
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
