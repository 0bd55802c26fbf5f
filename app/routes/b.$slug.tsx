import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useCallback, useState, type HTMLAttributes } from "react";
import { errorMeta } from "#app/components/general-error-boundary";
import type { MarkAnswer } from "#app/components/partner-mark-button";
import {
  ContactButtons,
  OwnerBar,
  PreviewBanner,
  SaveAnswerNote,
  ShareLink,
  VisitorActions,
} from "#app/components/profile-actions";
import {
  BlockControls,
  BlockDoneNote,
  PartnershipActions,
  ProfilePartnership,
} from "#app/components/profile-partnership";
import { PublishFirst, PublishFirstNote } from "#app/components/publish-first";
import {
  ContactCard,
  OftenPartnersWith,
  PartnerWishes,
  ProfileHeading,
  TagList,
} from "#app/components/profile-sections";
import { profilePage, saveFromProfile } from "#app/models/profile-page.server";
import { readForm } from "#app/utils/forms.server";
import { getUser, requireUserId } from "#app/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = new URL(request.url).searchParams.get("view");
  return profilePage({ slug: params.slug ?? "", user: await getUser(request), view });
}

/**
 * Save / unsave this business to the shortlist of one of the viewer's businesses (`from`). Answers
 * as the partners page does (MarkAnswer), so the same buttons work here, with or without JavaScript.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent !== "save" && intent !== "unmark") {
    return data<MarkAnswer>(
      { ok: false, error: "This page did not understand what the form asked for. Reload the page and try again." },
      { status: 400 },
    );
  }
  const fromId = String(form.get("from") ?? "");
  await saveFromProfile({ userId, slug: params.slug ?? "", fromId, save: intent === "save" });
  return { ok: true, intent, error: null } satisfies MarkAnswer;
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (error || !data) return errorMeta(error);
  const { business, url } = data;
  const description = business.niche;
  return [
    { title: `${business.name} · Mutualist` },
    { name: "description", content: description },
    { property: "og:type", content: "business.business" },
    { property: "og:title", content: business.name },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:site_name", content: "Mutualist" },
    ...(business.status !== "published" ? [{ name: "robots", content: "noindex" }] : []),
  ];
};

/** In the owner's preview, the viewer's buttons are shown but cannot be used (the `inert` attribute). */
const INERT = { inert: "" } as unknown as HTMLAttributes<HTMLDivElement>;

export default function BusinessPage() {
  const { business, isOwner, preview, signedIn, needsBusiness, oftenPartnersWith, partnership, url } =
    useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { pathname } = useLocation();
  // What a Save just did, for screen readers (with JavaScript the button's label changes too).
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const other = { id: business.id, name: business.name };
  const contact = {
    website: business.website,
    email: business.contact?.email ?? null,
    phone: business.contact?.phone ?? null,
    hiddenFromVisitors: business.contactHiddenFromVisitors,
  };
  const visitorWords = { pathname, claimed: business.claimed, businessName: business.name };
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      {preview ? (
        <PreviewBanner view={preview} pathname={pathname} draft={business.status !== "published"} />
      ) : isOwner ? (
        <OwnerBar businessId={business.id} />
      ) : null}
      {business.status !== "published" && !preview ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          This is a draft: only you can see it. Publish it from the edit page.
        </p>
      ) : null}
      {/* Without JavaScript, a Save posts the page and its answer comes back here. */}
      <SaveAnswerNote answer={answer} businessName={business.name} />
      {partnership ? <BlockDoneNote otherName={business.name} /> : null}
      <header className="space-y-4">
        <ProfileHeading business={business} />
        <div className="action-row" aria-label="Actions" role="group" {...(preview ? INERT : {})}>
          {partnership ? (
            <PartnershipActions panel={partnership} other={other} onDone={announce} />
          ) : needsBusiness ? (
            <PublishFirst {...visitorWords} />
          ) : !signedIn ? (
            <VisitorActions {...visitorWords} />
          ) : null}
          <ContactButtons contact={contact} pathname={pathname} />
        </div>
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </header>
      {partnership ? (
        <div {...(preview ? INERT : {})}>
          <ProfilePartnership panel={partnership} other={other} onDone={announce} />
        </div>
      ) : needsBusiness ? (
        <PublishFirstNote claimed={business.claimed} businessName={business.name} />
      ) : !signedIn && !business.claimed ? (
        <p className="text-sm text-stone-700">
          Nobody runs this listing on Mutualist yet, so it cannot receive partnership requests.
        </p>
      ) : null}
      {business.description ? <p className="whitespace-pre-line">{business.description}</p> : null}
      <TagList
        title="Products and services"
        tags={business.offerings}
        inferred={business.inferred.includes("offerings")}
      />
      <TagList
        title="Serves"
        tags={business.targetCustomers}
        inferred={business.inferred.includes("targetCustomers")}
      />
      <TagList
        title="Customer problems solved"
        tags={business.customerProblems}
        inferred={business.inferred.includes("customerProblems")}
      />
      <PartnerWishes
        name={business.name}
        kinds={business.partnershipKinds}
        offers={business.offersToPartners}
        wants={business.wantsFromPartners}
      />
      <OftenPartnersWith professions={oftenPartnersWith} near={business.servesRemotely ? null : business.place} />
      <ContactCard
        website={business.website}
        contact={business.contact}
        hiddenFromVisitors={business.contactHiddenFromVisitors}
        loginHref={`/login?${new URLSearchParams({ redirectTo: pathname })}`}
        facts={[business.teamSize, business.yearFounded ? `founded ${business.yearFounded}` : null]}
      />
      {business.status === "published" ? <ShareLink url={url} /> : null}
      {partnership && !preview ? <BlockControls panel={partnership} other={other} redirectTo={pathname} /> : null}
    </article>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
