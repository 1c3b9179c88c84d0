"use client";

import dynamic from "next/dynamic";

/*
 * The header's signed-in widgets, each in its own chunk: they are still rendered on the server, but
 * pages seen signed out (the pricing page first of all) never download them. Signed in, the page
 * loads their buttons (and the bell's live count); the menus and the drawer themselves load when
 * about to be opened (components/ui/menu-on-intent.tsx).
 */
export const UserMenu = dynamic(() => import("./user-menu").then((m) => m.UserMenu));
export const NotificationsMenu = dynamic(() => import("../notifications/notifications-menu").then((m) => m.NotificationsMenu));
export const MobileNavSheet = dynamic(() => import("./mobile-nav-sheet").then((m) => m.MobileNavSheet));
