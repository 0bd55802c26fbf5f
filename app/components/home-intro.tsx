import { Link } from "@remix-run/react";

/** Who is looking at the home page, as far as its first button cares. */
export interface HomeVisitor {
  signedIn: boolean;
  /** Their own businesses (not listings imported for a group): the loader sends at most two. */
  ownBusinesses: { id: string; name: string }[];
}

/**
 * Where "Find partners for your business" leads, and the line under it: a visitor signs up first
 * and then adds a business; a signed-in user without one adds it; an owner of one sees its
 * partners; an owner of several picks one from their list.
 */
export function findPartnersLink({ signedIn, ownBusinesses }: HomeVisitor): { to: string; note: string } {
  const [only, another] = ownBusinesses;
  if (!signedIn) {
    return {
      to: `/signup?${new URLSearchParams({ redirectTo: "/businesses/new" })}`,
      note: "For owners: publish your business and see your first partners.",
    };
  }
  if (!only) return { to: "/businesses/new", note: "For owners: publish your business and see your first partners." };
  if (another) return { to: "/dashboard", note: "For owners: pick one of your businesses to see its partners." };
  return { to: `/businesses/${only.id}/partners`, note: `For owners: see the partners suggested for ${only.name}.` };
}

/** The top of the home page: whom Mutualist is for, its two calls to action, and how it works. */
export function HomeIntro({ visitor, deleted }: { visitor: HomeVisitor; deleted: boolean }) {
  const owners = findPartnersLink(visitor);
  const groups = visitor.signedIn ? "/imports" : `/signup?${new URLSearchParams({ redirectTo: "/imports" })}`;
  return (
    <>
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-3xl font-bold text-balance sm:text-4xl">
          Find partners who serve your customers
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-stone-700">
          Mutualist is for small business owners: it finds the local businesses that serve the same customers as you
          without competing, so you can send each other work.
        </p>
        {deleted ? (
          <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm">
            Your account was deleted.
          </p>
        ) : null}
        <div className="mt-6 grid gap-4 sm:flex sm:flex-wrap">
          <div>
            <Link
              to={owners.to}
              className="btn w-full border border-transparent px-5 py-3 text-base sm:w-auto"
              aria-describedby="cta-owner-note"
            >
              Find partners for your business
            </Link>
            <p id="cta-owner-note" className="mt-1 text-sm text-stone-600">
              {owners.note}
            </p>
          </div>
          <div>
            <Link
              to={groups}
              className="btn-secondary w-full px-5 py-3 text-base sm:w-auto"
              aria-describedby="cta-group-note"
            >
              See what your group is missing
            </Link>
            <p id="cta-group-note" className="mt-1 text-sm text-stone-600">
              For chambers and networking groups: import your member list.
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-xl font-bold">
          How it works
        </h2>
        <ol className="mt-3 grid gap-2 sm:grid-cols-3 sm:gap-3">
          {STEPS.map((step, n) => (
            <li key={step.title} className="flex gap-3 rounded-lg bg-brand-50 p-3 sm:p-4">
              <span
                aria-hidden="true"
                className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
              >
                {n + 1}
              </span>
              <div className="min-w-0">
                <h3 className="font-semibold">{step.title}</h3>
                <p className="mt-0.5 text-sm text-stone-700">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

const STEPS = [
  { title: "Publish what you do", text: "Your trade, your town, whom you serve and what you offer: a short profile." },
  {
    title: "See ranked partners",
    text: "Businesses that serve the same customers without competing with you, best matches first, with the reasons.",
  },
  {
    title: "Propose and trade referrals",
    text: "Propose a partnership, send each other referrals and track which ones turned into work.",
  },
];
