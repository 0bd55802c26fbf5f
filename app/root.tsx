import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { errorMeta, GeneralErrorBoundary } from "#app/components/general-error-boundary";
import { HeaderSearch } from "#app/components/header-search";
import { PhoneMenu } from "#app/components/phone-menu";
import { NotificationBell } from "#app/components/notification-bell";
import { useNonce } from "#app/components/nonce";
import { countUnreadNotifications } from "#app/models/notification-inbox.server";
import { getSession, renewSessionIfDue, serializeSessionCookie } from "#app/utils/session.server";
import stylesheet from "./tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  // Sliding expiry happens here, with the cookie sent again in the same response. The bell's count
  // is one indexed query (bench/notifications.ts).
  const [renewedUntil, unread] = session
    ? await Promise.all([renewSessionIfDue(session), countUnreadNotifications(session.user.id)])
    : [null, 0];
  const user = session ? { email: session.user.email, unreadNotifications: unread } : null;
  const headers: HeadersInit = renewedUntil
    ? { "Set-Cookie": serializeSessionCookie(readToken(request), renewedUntil) }
    : {};
  return data({ user }, { headers });
}

function readToken(request: Request): string {
  const match = /(?:^|;\s*)mutualist_session=([a-z2-7]+)/.exec(request.headers.get("Cookie") ?? "");
  return match?.[1] ?? "";
}

/**
 * Only an error's title: the root boundary's page (and a route without a meta of its own) gets its
 * tab title here; every page route's own meta says the rest.
 */
export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : []);

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const out = new Headers();
  const cookie = loaderHeaders.get("Set-Cookie");
  if (cookie) out.set("Set-Cookie", cookie);
  return out;
};

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const user = rootData?.user ?? null;
  const nonce = useNonce();
  // The search page has its own, bigger box.
  const onSearchPage = useLocation().pathname === "/search";
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          {/* No item wraps inside itself (tests/e2e/profile.e2e.ts). On a phone a signed-in owner's
              links fold into one Menu; below lg "Import members" is left to the dashboard's button. */}
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
            <Link to="/" className="whitespace-nowrap text-lg font-bold text-brand-800 no-underline">
              Mutualist
            </Link>
            <Link to="/" className={`whitespace-nowrap text-sm ${user ? "hidden sm:inline" : ""}`}>
              Directory
            </Link>
            <Link to="/search" className="hidden whitespace-nowrap text-sm md:inline">
              Search
            </Link>
            {onSearchPage ? null : (
              <HeaderSearch className="order-last w-full lg:order-none lg:w-auto lg:min-w-48 lg:max-w-sm lg:flex-1" />
            )}
            <div className="ml-auto flex items-center gap-2 whitespace-nowrap text-sm sm:gap-3">
              {user ? (
                <>
                  <NotificationBell unread={user.unreadNotifications} />
                  {/* "Businesses" below lg leaves room for the bell and "Partnerships" in one row. */}
                  <Link to="/dashboard" className="hidden sm:inline">
                    <span className="lg:hidden">Businesses</span>
                    <span className="hidden lg:inline">Your businesses</span>
                  </Link>
                  <Link to="/partnerships" className="hidden sm:inline">
                    Partnerships
                  </Link>
                  <Link to="/imports" className="hidden lg:inline">
                    Import members
                  </Link>
                  <Link to="/account" title={user.email} className="hidden sm:inline">
                    Account
                  </Link>
                  <Form method="post" action="/logout" className="hidden sm:block">
                    <button type="submit" className="btn-secondary whitespace-nowrap px-3 py-1">
                      Log out
                    </button>
                  </Form>
                  {/* The logo leads to the directory and the search box sits below: the menu holds the rest. */}
                  <PhoneMenu>
                    <Link to="/dashboard">Your businesses</Link>
                    <Link to="/partnerships">Partnerships</Link>
                    <Link to="/imports">Import members</Link>
                    <Link to="/account">Account</Link>
                    <Form method="post" action="/logout" className="border-t border-stone-200 pt-2">
                      <button type="submit" className="btn-secondary w-full px-3 py-2">
                        Log out
                      </button>
                    </Form>
                  </PhoneMenu>
                </>
              ) : (
                <>
                  <Link to="/login">Log in</Link>
                  <Link to="/signup" className="btn whitespace-nowrap py-1">
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
