import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { HomeDirectory } from "#app/components/home-directory";
import { HomeIntro } from "#app/components/home-intro";
import { loadHomeDirectory } from "#app/models/directory-home.server";
import { getUser } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => {
  if (error) return errorMeta(error);
  return [
    { title: "Mutualist · find partners who serve your customers" },
    {
      name: "description",
      content:
        "For small business owners and the groups they belong to: find businesses near you that serve the same customers without competing, propose partnerships and trade referrals.",
    },
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const { ownBusinesses, ...directory } = await loadHomeDirectory(new URL(request.url).searchParams, user?.id ?? null);
  return { visitor: { signedIn: !!user, ownBusinesses }, directory };
}

export default function Home() {
  const { visitor, directory } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-10">
      <HomeIntro visitor={visitor} deleted={!!searchParams.get("deleted")} />
      <HomeDirectory directory={directory} />
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
