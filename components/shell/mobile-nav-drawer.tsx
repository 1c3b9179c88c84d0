"use client";

import { useState } from "react";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { IntentMenuProps } from "@/components/ui/menu-on-intent";
import type { MobileNavProps } from "./mobile-nav-sheet";
import { SidebarNav } from "./sidebar-nav";

/** The phone's navigation drawer, loaded when it is about to be opened (./mobile-nav-sheet.tsx). */
export function MobileNavDrawer({ sections, label, title, trigger, defaultOpen }: MobileNavProps & IntentMenuProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>{trigger}</SheetTrigger>
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
