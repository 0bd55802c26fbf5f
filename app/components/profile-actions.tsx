import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { mailtoHref, telHref, websiteHref } from "#app/domain/contact-links";
import { DoneNote } from "./done-note";
import type { MarkAnswer } from "./partner-mark-button";

/** How the owner can look at their own page: as a visitor who is not signed in, or as a signed-in member. */
export type ProfileView = "visitor" | "member";

/** What a profile's viewer may see of the business's contact details (canSeeContact decided). */
export interface ProfileContact {
  website: string | null;
  email: string | null;
  phone: string | null;
  /** Members-only details exist, and this viewer is not signed in. */
  hiddenFromVisitors: boolean;
}

const loginHref = (redirectTo: string) => `/login?${new URLSearchParams({ redirectTo })}`;

/** The owner on their own page: what they can do with it, and how to see it as others do. */
export function OwnerBar({ businessId }: { businessId: string }) {
  return (
    <section
      aria-labelledby="owner-bar-heading"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-brand-100 bg-brand-50 p-3"
    >
      <h2 id="owner-bar-heading" className="mr-auto font-semibold text-brand-800">
        This is your page
      </h2>
      <div className="action-row">
        <Link to={`/businesses/${businessId}/edit`} className="btn-secondary py-1.5">
          Edit profile
        </Link>
        <Link to={`/businesses/${businessId}/partners`} className="btn-secondary py-1.5">
          Find partners
        </Link>
        <Link to="?view=visitor" className="btn-secondary py-1.5">
          See it as others do
        </Link>
      </div>
    </section>
  );
}

const VIEW_WORDS: Record<ProfileView, string> = {
  visitor: "a visitor who is not signed in",
  member: "a signed-in member with a business",
};

/** Over the owner's page seen as others see it: who "others" are now, and the way back. */
export function PreviewBanner({ view, pathname, draft }: { view: ProfileView; pathname: string; draft: boolean }) {
  const otherView: ProfileView = view === "visitor" ? "member" : "visitor";
  return (
    <section
      aria-labelledby="preview-heading"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <div className="mr-auto">
        <h2 id="preview-heading" className="font-semibold">
          Your page as {VIEW_WORDS[view]} sees it
        </h2>
        <p className="mt-0.5">
          {draft
            ? "Nobody else can see a draft: this is how it will look once published. "
            : "The buttons below are theirs: they do nothing here. "}
          <Link to={`?view=${otherView}`}>See it as {VIEW_WORDS[otherView]}</Link>
        </p>
      </div>
      <Link to={pathname} className="btn-secondary whitespace-nowrap py-1.5">
        Back to your page
      </Link>
    </section>
  );
}

/** A visitor who is not signed in: propose (which starts with an account), contact as allowed. */
export function VisitorActions({
  pathname,
  claimed,
  businessName,
}: {
  pathname: string;
  claimed: boolean;
  businessName: string;
}) {
  if (!claimed) return null;
  return (
    <Link to={`/signup?${new URLSearchParams({ redirectTo: pathname })}`} className="btn">
      Propose a partnership<span className="sr-only"> to {businessName}</span>
    </Link>
  );
}

/** What a Save posted without JavaScript did, at the top of the page it came back to. */
export function SaveAnswerNote({ answer, businessName }: { answer: MarkAnswer | undefined; businessName: string }) {
  if (answer?.ok) {
    return (
      <DoneNote
        text={
          answer.intent === "save"
            ? `Saved ${businessName} to your shortlist.`
            : `Removed ${businessName} from your shortlist.`
        }
      />
    );
  }
  return answer?.error ? (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      {answer.error}
    </p>
  ) : null;
}

/** The contact details this viewer may see, as buttons (mailto:, tel:, the website), or the way to see them. */
export function ContactButtons({ contact, pathname }: { contact: ProfileContact; pathname: string }) {
  const website = websiteHref(contact.website);
  const email = mailtoHref(contact.email);
  const phone = telHref(contact.phone);
  return (
    <>
      {website ? (
        <a href={website} rel="nofollow noopener noreferrer" target="_blank" className="btn-secondary">
          Website
        </a>
      ) : null}
      {email ? (
        <a href={email} className="btn-secondary">
          Email
        </a>
      ) : null}
      {phone ? (
        <a href={phone} className="btn-secondary">
          Call
        </a>
      ) : null}
      {contact.hiddenFromVisitors ? (
        <Link to={loginHref(pathname)} className="btn-secondary">
          Log in to see contact details
        </Link>
      ) : null}
    </>
  );
}

/** The page's address to pass on: shown as text (enough without JavaScript), with a Copy link button when the browser can copy. */
export function ShareLink({ url }: { url: string }) {
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && !!navigator.clipboard), []);
  return (
    <section aria-labelledby="share-heading" className="text-sm">
      <h2 id="share-heading" className="font-semibold">
        Share this page
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <span className="break-all text-stone-700 select-all">{url}</span>
        {canCopy ? (
          <button
            type="button"
            className="btn-secondary whitespace-nowrap py-1"
            onClick={() => {
              navigator.clipboard.writeText(url).then(
                () => setCopied(true),
                () => setCanCopy(false),
              );
            }}
          >
            {copied ? "Copied" : "Copy link"}
          </button>
        ) : null}
        <span role="status" className="sr-only">
          {copied ? "Link copied." : ""}
        </span>
      </p>
    </section>
  );
}
