import { can, scopeOf, type Permission, type Scope } from "./auth/permissions";
import type { Role } from "./auth/roles";

/** Icons are named, not passed as components, so server code can describe menus. */
export type IconName =
  | "home"
  | "server"
  | "ticket"
  | "layout-dashboard"
  | "activity"
  | "package"
  | "life-buoy"
  | "users"
  | "kanban"
  | "building"
  | "timer"
  | "server-cog"
  | "funnel"
  | "bell-ring"
  | "history"
  | "mail"
  | "user-cog"
  | "key-round"
  | "siren"
  | "calendar-clock"
  | "book-open";

/** `scope` narrows an entry to roles holding the permission with that scope (e.g. a customer's own tickets). */
export type NavItem = { href: string; label: string; icon: IconName; permission: Permission; scope?: Scope };
export type NavSection = { title: string; items: NavItem[] };

/** Navbar entries for a signed-in role; labels are keys under `nav`. */
export function mainNav(role: Role): Array<{ href: string; label: string; match: string }> {
  const items: Array<{ href: string; label: string; match: string }> = [];
  if (can(role, "portal:access")) items.push({ href: "/hosting", label: "hosting", match: "/hosting" });
  if (can(role, "dashboard:sales")) items.push({ href: "/crm", label: "crm", match: "/crm" });
  else if (can(role, "tickets:manage")) items.push({ href: "/crm/tickets", label: "support", match: "/crm" });
  if (can(role, "livepulse:read")) items.push({ href: "/livepulse", label: "livepulse", match: "/livepulse" });
  if (can(role, "plans:write")) items.push({ href: "/admin/plans", label: "admin", match: "/admin" });
  return items;
}

/** Sidebar of each area; labels are keys under `sidebar`. */
const areas: Record<"hosting" | "crm" | "livepulse" | "admin", NavSection[]> = {
  hosting: [
    {
      title: "portal",
      items: [
        { href: "/hosting", label: "myRequests", icon: "server", permission: "portal:access" },
        { href: "/hosting/tickets", label: "myTickets", icon: "life-buoy", permission: "tickets:read", scope: "own" },
      ],
    },
  ],
  crm: [
    {
      title: "crm",
      items: [
        { href: "/crm", label: "dashboard", icon: "layout-dashboard", permission: "dashboard:sales" },
        { href: "/crm/leads", label: "leads", icon: "users", permission: "crm:read" },
        { href: "/crm/pipeline", label: "pipeline", icon: "kanban", permission: "crm:read" },
        { href: "/crm/customers", label: "customers", icon: "building", permission: "crm:read" },
        { href: "/crm/requests", label: "requests", icon: "server", permission: "crm:read" },
        { href: "/crm/tickets", label: "tickets", icon: "life-buoy", permission: "tickets:manage" },
      ],
    },
  ],
  livepulse: [
    {
      title: "livepulse",
      items: [
        { href: "/livepulse", label: "overview", icon: "activity", permission: "livepulse:read" },
        { href: "/livepulse/services", label: "services", icon: "server-cog", permission: "livepulse:read" },
        { href: "/livepulse/forms", label: "forms", icon: "funnel", permission: "livepulse:read" },
        { href: "/livepulse/alerts", label: "alerts", icon: "bell-ring", permission: "livepulse:read" },
        { href: "/livepulse/incidents", label: "incidents", icon: "siren", permission: "livepulse:read" },
        { href: "/livepulse/maintenance", label: "maintenance", icon: "calendar-clock", permission: "livepulse:read" },
      ],
    },
  ],
  admin: [
    {
      title: "admin",
      items: [
        { href: "/admin/plans", label: "plans", icon: "package", permission: "plans:write" },
        { href: "/admin/sla", label: "sla", icon: "timer", permission: "sla:write" },
        { href: "/admin/audit", label: "audit", icon: "history", permission: "audit:read" },
        { href: "/admin/users", label: "users", icon: "user-cog", permission: "users:manage" },
        { href: "/admin/emails", label: "emails", icon: "mail", permission: "emails:read" },
        { href: "/admin/tokens", label: "tokens", icon: "key-round", permission: "tokens:manage" },
        { href: "/docs/api", label: "apiReference", icon: "book-open", permission: "account:manage" },
      ],
    },
  ],
};

export type Area = keyof typeof areas;

export function sidebarFor(area: Area, role: Role): NavSection[] {
  return areas[area]
    .map((section) => ({
      ...section,
      // Support sees the CRM area as "Support", as its top menu names it.
      title: section.title === "crm" && !can(role, "dashboard:sales") ? "support" : section.title,
      items: section.items.filter((item) => (item.scope ? scopeOf(role, item.permission) === item.scope : can(role, item.permission))),
    }))
    .filter((section) => section.items.length > 0);
}
