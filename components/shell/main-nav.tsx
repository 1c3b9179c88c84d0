"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { IntentLink } from "./intent-link";

// Signed-in staff only: the pages seen signed out never download the badge's realtime code.
const LivePulseBadge = dynamic(() => import("../livepulse/live-pulse-badge").then((m) => m.LivePulseBadge));

export type MainNavItem = { href: string; label: string; match: string; alerts?: number };

/** `onIntent`: the pages are fetched ahead only when the visitor points at a link (see IntentLink). */
export function MainNav({ items, label, onIntent = false }: { items: MainNavItem[]; label: string; onIntent?: boolean }) {
  const pathname = usePathname();
  const ItemLink = onIntent ? IntentLink : Link;
  return (
    <nav aria-label={label} className="hidden items-center gap-1 md:flex">
      {items.map((item) => {
        const active = pathname === item.match || pathname.startsWith(item.match + "/");
        return (
          <ItemLink
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            // Styled in app/globals.css, the current page's from aria-current.
            className="ui-nav-link"
          >
            {item.label}
            {item.alerts !== undefined && <LivePulseBadge count={item.alerts} />}
          </ItemLink>
        );
      })}
    </nav>
  );
}
