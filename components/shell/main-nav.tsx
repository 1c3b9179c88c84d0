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
            // Classes that never conflict, joined without tailwind-merge: this runs in every page's hydration.
            className={`inline-flex items-center rounded-md px-3 py-2 text-sm font-medium transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring ${
              active ? "bg-accent text-accent-foreground" : "text-muted-foreground"
            }`}
          >
            {item.label}
            {item.alerts !== undefined && <LivePulseBadge count={item.alerts} />}
          </ItemLink>
        );
      })}
    </nav>
  );
}
