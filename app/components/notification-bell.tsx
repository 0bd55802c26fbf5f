import { Link } from "@remix-run/react";

/**
 * The header's bell: a link to /notifications with the unread count as a badge. Screen readers
 * hear "Notifications, 3 unread". The count stops at 99+ (the root loader counts at most 100).
 */
export function NotificationBell({ unread }: { unread: number }) {
  const shown = unread > 99 ? "99+" : String(unread);
  const label = unread === 0 ? "Notifications" : `Notifications, ${unread > 99 ? "more than 99" : unread} unread`;
  return (
    <Link
      to="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100 hover:text-brand-800"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -right-1.5 -top-1 min-w-4 rounded-full bg-red-700 px-1 text-center text-[0.65rem] font-semibold leading-4 text-white"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
