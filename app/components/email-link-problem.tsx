import { Link } from "@remix-run/react";

export type LinkProblemReason = "unknown" | "used" | "expired" | "stale" | "taken";

const WORDS: Record<LinkProblemReason, { title: string; message: string }> = {
  unknown: {
    title: "This link does not work",
    message: "It is incomplete or was never sent by us. Copy the whole link from the email, or ask for a new one.",
  },
  used: {
    title: "This link was already used",
    message: "Each link works once. Ask for a new one if you still need it.",
  },
  expired: { title: "This link has expired", message: "Links last a short while for your safety. Ask for a new one." },
  stale: {
    title: "This link is out of date",
    message: "It was sent to an address this account no longer uses. Ask for a new one.",
  },
  taken: {
    title: "This address is no longer free",
    message: "Another account uses this address now, so your account kept its old one. Try a different address.",
  },
};

/** The page for an emailed link that cannot be used, with the way to ask for a new one. */
export function EmailLinkProblem({
  reason,
  askAgain,
}: {
  reason: LinkProblemReason;
  askAgain: { to: string; label: string };
}) {
  const { title, message } = WORDS[reason];
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-700">{message}</p>
      <p className="mt-6">
        <Link to={askAgain.to} className="btn">
          {askAgain.label}
        </Link>
      </p>
    </div>
  );
}

export function linkProblemTitle(reason: LinkProblemReason): string {
  return WORDS[reason].title;
}

/** 410 for a link that worked once and no longer does, 400 for one that never could. */
export function linkProblemStatus(reason: LinkProblemReason): number {
  return reason === "used" || reason === "expired" || reason === "stale" ? 410 : 400;
}
