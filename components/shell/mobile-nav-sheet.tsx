"use client";

import { Menu } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { SidebarNav, type SidebarSection } from "./sidebar-nav";

export function MobileNavSheet({
  sections,
  label,
  title,
  alerting,
}: {
  sections: SidebarSection[];
  label: string;
  title: string;
  /** Live Pulse has firing alerts: a dot on the menu button says so before it is opened. */
  alerting: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="relative md:hidden" aria-label={label}>
          <Menu aria-hidden="true" />
          {alerting && (
            <span
              data-testid="menu-alert-dot"
              className="absolute top-1.5 right-1.5 size-2 rounded-full bg-destructive"
              aria-hidden="true"
            />
          )}
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72">
        <SheetHeader>
          <SheetTitle>{title}</SheetTitle>
        </SheetHeader>
        <div className="px-2">
          <SidebarNav sections={sections} label={label} onNavigate={() => setOpen(false)} />
        </div>
      </SheetContent>
    </Sheet>
  );
}
