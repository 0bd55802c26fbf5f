import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useCallback, useState, type HTMLAttributes } from "react";
import { BusinessLogo } from "#app/components/business-logo";
import { DoneNote } from "#app/components/done-note";
import { errorMeta } from "#app/components/general-error-boundary";
import { InferredNote } from "#app/components/inferred-note";
import type { MarkAnswer } from "#app/components/partner-mark-button";
import {
  ContactButtons,
  OwnerBar,
  PreviewBanner,
  ShareLink,
  VisitorActions,
  type ProfileView,
} from "#app/components/profile-actions";
import { ContactCard, OftenPartnersWith, PartnerWishes, TagList } from "#app/components/profile-sections";
import {
  BlockControls,
  BlockDoneNote,
  PartnershipActions,
  ProfilePartnership,
  type ViewerPanel,
} from "#app/components/profile-partnership";
import { canSeeContact } from "#app/domain/business";
import { getBusinessBySlug } from "#app/models/businesses.server";
import { complementaryProfessions } from "#app/models/partner-marks.server";
import { publicProfile, saveFromProfile, viewerPanel } from "#app/models/profile-page.server";
import { readForm } from "#app/utils/forms.server";
import { getUser, requireUserId } from "#app/utils/session.server";

const PREVIEWS: readonly ProfileView[] = ["visitor", "member"];

/** A member's business with nothing between it and this one: what the owner's "as a member" preview shows. */
const PREVIEW_PANEL = (claimed: boolean): ViewerPanel => ({
  claimed,
  mine: [{ id: "preview", name: "Their business", state: null, saved: false }],
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const business = await getBusinessBySlug(params.slug ?? "");
  const user = await getUser(request);
  const isOwner = !!business && business.ownerId === user?.id;
  if (!business || (business.status !== "published" && !isOwner)) {
    throw new Response("No published business at this address.", { status: 404 });
  }
  // The owner can see the page as others do (?view=visitor|member): the same rules, for that viewer.
  const requested = new URL(request.url).searchParams.get("view");
  const preview = isOwner ? (PREVIEWS.find((view) => view === requested) ?? null) : null;
  const viewer = preview ? { signedIn: preview === "member", isOwner: false } : { signedIn: !!user, isOwner };
  const showContact = canSeeContact(business.contactVisibility, viewer);
  const origin = new URL(request.url).origin;
  const published = business.status === "published";
  return {
    url: `${origin}/b/${business.slug}`,
    isOwner: viewer.isOwner,
    preview,
    signedIn: viewer.signedIn,
    // How the viewer's businesses stand with this one, and the controls to propose, save or block.
    partnership:
      !viewer.signedIn || viewer.isOwner || !published
        ? null
        : preview
          ? PREVIEW_PANEL(business.claimed)
          : await viewerPanel(user!.id, business),
    oftenPartnersWith: complementaryProfessions([business.primaryCategory, ...business.secondaryCategories], 8),
    business: publicProfile(business, showContact),
  };
}

/**
 * Save / unsave this business to the shortlist of one of the viewer's businesses (`from`). Answers
 * as the partners page does (MarkAnswer), so the same buttons work here, with or without JavaScript.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await getBusinessBySlug(params.slug ?? "");
  if (!business || business.status !== "published") {
    throw new Response("No published business at this address.", { status: 404 });
  }
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent !== "save" && intent !== "unmark") {
    return data<MarkAnswer>(
      { ok: false, error: "This page did not understand what the form asked for. Reload the page and try again." },
      { status: 400 },
    );
  }
  await saveFromProfile({ userId, fromId: String(form.get("from") ?? ""), other: business, save: intent === "save" });
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
  const { business, isOwner, preview, signedIn, oftenPartnersWith, partnership, url } = useLoaderData<typeof loader>();
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
      {answer?.ok ? (
        <DoneNote
          text={
            answer.intent === "save"
              ? `Saved ${business.name} to your shortlist.`
              : `Removed ${business.name} from your shortlist.`
          }
        />
      ) : answer?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {answer.error}
        </p>
      ) : null}
      {partnership ? <BlockDoneNote otherName={business.name} /> : null}
      <header className="space-y-4">
        <div className="flex items-start gap-4 sm:gap-6">
          {/* 64 px on a phone, so the name keeps most of the width; 128 px from the sm breakpoint. */}
          <BusinessLogo
            name={business.name}
            logoKey={business.logoKey}
            size="profile"
            className="max-sm:h-16! max-sm:w-16! max-sm:text-2xl!"
          />
          <div className="min-w-0">
            <p className="text-sm text-stone-600">{business.categories.join(" · ")}</p>
            <h1 className="mt-1 text-3xl font-bold">{business.name}</h1>
            <p className="mt-2 text-lg text-stone-800">{business.niche}</p>
            {business.inferred.includes("niche") ? <InferredNote /> : null}
            <p className="mt-2 text-sm text-stone-700">
              {business.place}
              {business.servesRemotely
                ? " · serves remotely"
                : business.radiusKm
                  ? ` · within ${business.radiusKm} km`
                  : ""}
              {business.capacity ? ` · ${business.capacity}` : ""}
            </p>
          </div>
        </div>
        <div className="action-row" aria-label="Actions" role="group" {...(preview ? INERT : {})}>
          {partnership ? (
            <PartnershipActions panel={partnership} other={other} onDone={announce} />
          ) : !signedIn ? (
            <VisitorActions pathname={pathname} claimed={business.claimed} businessName={business.name} />
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
      ) : !signedIn && !business.claimed ? (
        <p className="text-sm text-stone-700">
          Nobody runs this listing on Mutualist yet, so it cannot receive partnership requests.
        </p>
      ) : null}
      {business.description ? <p className="whitespace-pre-line">{business.description}</p> : null}
      <TagList title="Offerings" tags={business.offerings} inferred={business.inferred.includes("offerings")} />
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
