import { Form, Link, useSearchParams } from "@remix-run/react";
import type { PairState } from "#app/domain/partnership";
import { DoneNote } from "./done-note";
import { MarkButton } from "./partner-mark-button";
import { PairStatus, proposeHref } from "./partnership-state";

/** One of the signed-in viewer's published businesses, and how it stands with the profile's. */
export interface ViewerBusiness {
  id: string;
  name: string;
  state: PairState | null;
  /** On its shortlist (PartnerMark "saved"). */
  saved: boolean;
}

export interface ViewerPanel {
  claimed: boolean;
  mine: ViewerBusiness[];
}

type Other = { id: string; name: string };

const UNCLAIMED = "Nobody runs this listing on Mutualist yet, so it cannot receive requests.";

/**
 * The profile's main actions for a signed-in owner of other businesses, first in the header:
 * propose (or where things stand, and Message once partners) and Save. With several businesses of
 * theirs, propose lets the form ask which one, and each business's state and Save are listed
 * just below (ProfilePartnership).
 */
export function PartnershipActions({
  panel,
  other,
  onDone,
}: {
  panel: ViewerPanel;
  other: Other;
  onDone: (message: string) => void;
}) {
  const [only] = panel.mine;
  const partnered = panel.mine.find((mine) => mine.state?.state === "partners");
  const message =
    partnered?.state && "partnershipId" in partnered.state ? (
      <Link to={`/partnerships/${partnered.state.partnershipId}#messages`} className="btn">
        Message<span className="sr-only"> {other.name}</span>
      </Link>
    ) : null;
  if (panel.mine.length !== 1 || !only) {
    // One link to the form: it goes from the one business that can still ask, or the form asks which.
    const free = panel.mine.filter((mine) => !mine.state);
    const canPropose = panel.claimed && (panel.mine.length === 0 || free.length > 0);
    return (
      <>
        {message}
        {canPropose ? (
          <Link
            to={proposeHref(free.length === 1 ? free[0]!.id : null, other.id)}
            className={message ? "btn-secondary" : "btn"}
          >
            Propose a partnership<span className="sr-only"> to {other.name}</span>
          </Link>
        ) : null}
      </>
    );
  }
  return (
    <>
      {panel.claimed || only.state ? (
        <PairStatus state={only.state} fromId={only.id} other={{ ...other, claimed: panel.claimed }} />
      ) : null}
      {message}
      {only.state?.state === "blocked" ? null : <SaveToggle mine={only} other={other} onDone={onDone} />}
    </>
  );
}

function SaveToggle({
  mine,
  other,
  onDone,
}: {
  mine: ViewerBusiness;
  other: Other;
  onDone: (message: string) => void;
}) {
  return mine.saved ? (
    <MarkButton
      otherId={other.id}
      otherName={other.name}
      fromId={mine.id}
      intent="unmark"
      label="✓ Saved"
      className="btn-secondary"
      onDone={onDone}
    />
  ) : (
    <MarkButton
      otherId={other.id}
      otherName={other.name}
      fromId={mine.id}
      intent="save"
      label="Save"
      className="btn-secondary"
      onDone={onDone}
    />
  );
}

/**
 * Under the header, for an owner of several businesses: how each of them stands with this one,
 * each with its own Save. For one business, the header's actions say it all; for none, how to start.
 */
export function ProfilePartnership({
  panel,
  other,
  onDone,
}: {
  panel: ViewerPanel;
  other: Other;
  onDone: (message: string) => void;
}) {
  if (panel.mine.length === 0) {
    return (
      <p className="text-sm text-stone-700">
        <Link to="/dashboard">Publish a business of yours</Link> to propose a partnership to {other.name}.
      </p>
    );
  }
  if (panel.mine.length === 1) return !panel.claimed ? <p className="text-sm text-stone-700">{UNCLAIMED}</p> : null;
  return (
    <section className="card space-y-3" aria-labelledby="partnership-heading">
      <h2 id="partnership-heading" className="font-semibold">
        Your businesses and {other.name}
      </h2>
      {!panel.claimed ? <p className="text-sm">{UNCLAIMED}</p> : null}
      <ul className="divide-y divide-stone-100">
        {panel.mine.map((mine) => (
          <li key={mine.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span className="font-medium">{mine.name}</span>
            <span className="action-row">
              {mine.state ? (
                <PairStatus state={mine.state} fromId={mine.id} other={other} compact />
              ) : panel.claimed ? (
                <span className="text-stone-600">No request yet</span>
              ) : null}
              {mine.state?.state === "blocked" ? null : <SaveToggleCompact mine={mine} other={other} onDone={onDone} />}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SaveToggleCompact({
  mine,
  other,
  onDone,
}: {
  mine: ViewerBusiness;
  other: Other;
  onDone: (message: string) => void;
}) {
  return (
    <MarkButton
      otherId={other.id}
      otherName={`${other.name} (for ${mine.name})`}
      fromId={mine.id}
      intent={mine.saved ? "unmark" : "save"}
      label={mine.saved ? "✓ Saved" : "Save"}
      className="btn-secondary py-1"
      onDone={onDone}
    />
  );
}

/** Block (or unblock) this business, for each of the viewer's businesses: at the foot of the profile. */
export function BlockControls({ panel, other, redirectTo }: { panel: ViewerPanel; other: Other; redirectTo: string }) {
  const several = panel.mine.length > 1;
  const blockable = panel.mine.filter((mine) => !(mine.state?.state === "blocked" && mine.state.byMe));
  const blockedByMe = panel.mine.filter((mine) => mine.state?.state === "blocked" && mine.state.byMe);
  if (panel.mine.length === 0) return null;
  return (
    <section aria-label={`Block ${other.name}`} className="space-y-2 text-sm">
      {blockedByMe.map((mine) => (
        <Form key={mine.id} method="post" action="/blocks">
          <input type="hidden" name="from" value={mine.id} />
          <input type="hidden" name="other" value={other.id} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          {several ? `${mine.name} blocked ${other.name}. ` : `You blocked ${other.name}. `}
          <button type="submit" name="intent" value="unblock" className="btn-secondary whitespace-nowrap py-1">
            Unblock
          </button>
        </Form>
      ))}
      {blockable.length ? (
        // Keyed by who is blocked: after a block the disclosure comes back closed.
        <details key={blockedByMe.map((mine) => mine.id).join()}>
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

/** What POST /blocks did, after it came back here with ?block=done|undone. */
export function BlockDoneNote({ otherName }: { otherName: string }) {
  const block = useSearchParams()[0].get("block");
  const done =
    block === "done"
      ? `Blocked: no requests or messages between you and ${otherName}, and neither of you is suggested to the other.`
      : block === "undone"
        ? `Unblocked: you and ${otherName} can send each other requests and messages again.`
        : null;
  return done ? <DoneNote text={done} /> : null;
}
