"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MainNav, type MainNavItem } from "@/components/shell/main-nav";
import { NotificationsMenu, UserMenu } from "@/components/shell/signed-in-widgets";
import { useViewer } from "./viewer";

/** The public header's navigation: the public pages' links, or the signed-in visitor's areas once known. */
export function PublicHeaderNav({ items, label }: { items: MainNavItem[]; label: string }) {
  const viewer = useViewer();
  const t = useTranslations("nav");
  if (!viewer) return <MainNav items={items} label={label} onIntent />;
  return <MainNav items={viewer.nav.map((item) => ({ ...item, label: t(item.label as "hosting") }))} label={label} />;
}

/**
 * The header's right side: the signed-out actions (rendered on the server, kept invisible until the
 * browser knows nobody is signed in, so they never flash for a signed-in visitor), or the bell and
 * the user menu.
 */
export function PublicHeaderActions({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const tRoles = useTranslations("roles");
  if (!viewer) {
    return (
      <div
        className={viewer === undefined ? "invisible flex items-center gap-1.5" : "flex items-center gap-1.5"}
        aria-hidden={viewer === undefined || undefined}
      >
        {children}
      </div>
    );
  }
  return (
    <div className="flex items-center gap-1.5">
      <NotificationsMenu userId={viewer.user.id} unread={viewer.unread} items={viewer.notifications} now={viewer.now} />
      <UserMenu name={viewer.user.name} email={viewer.user.email} roleLabel={tRoles(viewer.user.role)} />
    </div>
  );
}
