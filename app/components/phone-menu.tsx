import { useLocation } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * The signed-in header's links folded into one "Menu" on a phone (below `sm`). A native
 * <details>, so it opens without JavaScript and a screen reader hears a disclosure button. It is
 * keyed by the location, so a navigation draws it afresh, closed.
 */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  return (
    <details key={key} className="relative sm:hidden">
      <summary className="btn-secondary menu-button">Menu</summary>
      <div className="menu-panel">{children}</div>
    </details>
  );
}
