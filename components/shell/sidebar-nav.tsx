"use client";

import {
  Activity,
  BellRing,
  BookOpen,
  Building2,
  Funnel,
  History,
  House,
  Kanban,
  LayoutDashboard,
  LifeBuoy,
  KeyRound,
  Mail,
  UserCog,
  Package,
  Server,
  ServerCog,
  Siren,
  CalendarClock,
  Ticket,
  Timer,
  Users,
  type LucideIcon,
} from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { IconName } from "@/lib/navigation";

const icons: Record<IconName, LucideIcon> = {
  home: House,
  server: Server,
  ticket: Ticket,
  "layout-dashboard": LayoutDashboard,
  activity: Activity,
  package: Package,
  "life-buoy": LifeBuoy,
  users: Users,
  kanban: Kanban,
  building: Building2,
  timer: Timer,
  "server-cog": ServerCog,
  funnel: Funnel,
  "bell-ring": BellRing,
  history: History,
  mail: Mail,
  "user-cog": UserCog,
  "key-round": KeyRound,
  siren: Siren,
  "calendar-clock": CalendarClock,
  "book-open": BookOpen,
};

/** `alerts`: Live Pulse's firing alerts, shown as its badge beside the entry. */
// Only staff with Live Pulse get an entry with alerts: others never download the badge's realtime code.
const LivePulseBadge = dynamic(() => import("../livepulse/live-pulse-badge").then((m) => m.LivePulseBadge));

export type SidebarSection = { title: string; items: Array<{ href: string; label: string; icon: IconName; alerts?: number }> };

/** The active entry is the longest href that prefixes the current path. */
function activeHref(pathname: string, sections: SidebarSection[]): string | undefined {
  return sections
    .flatMap((s) => s.items.map((i) => i.href))
    .filter((href) => pathname === href || pathname.startsWith(href + "/"))
    .sort((a, b) => b.length - a.length)[0];
}

export function SidebarNav({ sections, label, onNavigate }: { sections: SidebarSection[]; label: string; onNavigate?: () => void }) {
  const pathname = usePathname();
  const active = activeHref(pathname, sections);
  return (
    <nav aria-label={label} className="flex flex-col gap-6">
      {sections.map((section) => (
        <div key={section.title} className="flex flex-col gap-1">
          <p className="px-3 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{section.title}</p>
          {section.items.map((item) => {
            const Icon = icons[item.icon];
            const isActive = item.href === active;
            return (
              <Link
                key={item.href}
                href={item.href}
                onClick={onNavigate}
                aria-current={isActive ? "page" : undefined}
                // Styled in app/globals.css, the current page's from aria-current.
                className="ui-side-link"
              >
                <Icon aria-hidden="true" />
                {item.label}
                {item.alerts !== undefined && <LivePulseBadge count={item.alerts} />}
              </Link>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
