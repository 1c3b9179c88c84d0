"use client";

import { Menu } from "lucide-react";
import { Button } from "@/components/ui/button";
import { MenuOnIntent } from "@/components/ui/menu-on-intent";
import type { SidebarSection } from "./sidebar-nav";

export type MobileNavProps = { sections: SidebarSection[]; label: string; title: string };

const loadDrawer = () => import("./mobile-nav-drawer").then((m) => m.MobileNavDrawer);

/** The phone's menu button, and its navigation drawer when about to be opened. */
export function MobileNavSheet({
  alerting,
  ...props
}: MobileNavProps & {
  /** Live Pulse has firing alerts: a dot on the menu button says so before it is opened. */
  alerting: boolean;
}) {
  const trigger = (
    <Button variant="ghost" size="icon" className="relative md:hidden" aria-label={props.label}>
      <Menu aria-hidden="true" />
      {alerting && (
        <span data-testid="menu-alert-dot" className="absolute top-1.5 right-1.5 size-2 rounded-full bg-destructive" aria-hidden="true" />
      )}
    </Button>
  );
  return <MenuOnIntent load={loadDrawer} popup="dialog" trigger={trigger} props={props} />;
}
