import { sameSitePath } from "./callback-url";
import type { Role } from "./roles";

/**
 * The role matrix: the only place that knows what each role may do.
 * `"all"` grants on every object, `"own"` only on the actor's own objects.
 */
export type Scope = "all" | "own";

const matrix = {
  "plans:read": { CUSTOMER: "all", SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  "plans:write": { ADMIN: "all" },
  "portal:access": { CUSTOMER: "own", SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  "requests:create": { CUSTOMER: "own", ADMIN: "all" },
  "requests:read": { CUSTOMER: "own", SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  /** Customers may only cancel their own pending requests. */
  "requests:status": { CUSTOMER: "own", SELLER: "all", ADMIN: "all" },
  "crm:read": { SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  "crm:write": { SELLER: "all", ADMIN: "all" },
  "leads:delete": { ADMIN: "all" },
  "tickets:create": { CUSTOMER: "own", SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  "tickets:read": { CUSTOMER: "own", SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  /** Public replies; a customer only on their own tickets. */
  "tickets:comment": { CUSTOMER: "own", SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  /** Internal comments, assignment and status changes. */
  "tickets:manage": { SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  /** The SLA table: first-response and resolution targets per priority. */
  "sla:write": { ADMIN: "all" },
  "dashboard:sales": { SELLER: "all", ADMIN: "all" },
  "dashboard:tickets": { SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  "livepulse:read": { SELLER: "all", SUPPORT: "all", ADMIN: "all" },
  "livepulse:acknowledge": { SUPPORT: "all", ADMIN: "all" },
  /** Raising an alert by hand, or from an external system (monitoring, Alertmanager) with a personal API token. */
  "alerts:raise": { SUPPORT: "all", ADMIN: "all" },
  "livepulse:manage": { ADMIN: "all" },
  /** Declaring incidents on the public status page and posting their updates; sellers read them in LivePulse. */
  "incidents:manage": { SUPPORT: "all", ADMIN: "all" },
  "users:manage": { ADMIN: "all" },
  /** The audit log: who changed what, with the values before and after. */
  "audit:read": { ADMIN: "all" },
  /** The outbox's delivery log: every message sent, its content (links included), and sending one again. */
  "emails:read": { ADMIN: "all" },
  /** Every signed-in user reads and marks their own notifications, and nobody else's. */
  "notifications:access": { CUSTOMER: "own", SELLER: "own", SUPPORT: "own", ADMIN: "own" },
  /** Every signed-in user manages their own account (profile, password, sessions), and nobody else's. */
  "account:manage": { CUSTOMER: "own", SELLER: "own", SUPPORT: "own", ADMIN: "own" },
  /** Every user's personal API tokens: see them and revoke them. */
  "tokens:manage": { ADMIN: "all" },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof matrix;
export const permissions = Object.keys(matrix) as Permission[];

/**
 * Who is asked about: a role, or an actor. An actor calling with an API token carries the token's
 * `scopes`, and holds a permission only when its role has it and the token names it.
 */
export type Grantee = Role | { role: Role; scopes?: readonly Permission[] };

/** The scope a role (narrowed by a token's scopes) has for a permission, or null when it has none. */
export function scopeOf(who: Grantee, permission: Permission): Scope | null {
  const role = typeof who === "string" ? who : who.role;
  if (typeof who !== "string" && who.scopes && !who.scopes.includes(permission)) return null;
  const row: Partial<Record<Role, Scope>> = matrix[permission];
  return row[role] ?? null;
}

export function can(who: Grantee | null | undefined, permission: Permission): boolean {
  return who ? scopeOf(who, permission) !== null : false;
}

/** The permissions a role holds: what a token of one of its users may be given. */
export const permissionsOf = (role: Role): Permission[] => permissions.filter((permission) => can(role, permission));

/** Where each role lands after login and when sent away from a page it may not see. */
export const homeOf: Record<Role, string> = {
  CUSTOMER: "/hosting",
  SELLER: "/crm",
  SUPPORT: "/crm/tickets",
  ADMIN: "/crm",
};

/** Pages open to everyone, signed in or not. */
const publicPrefixes = [
  "/pricing",
  "/status",
  "/login",
  "/register",
  "/set-password",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/api/auth",
  "/api/health",
];

/** Protected areas, most specific first; the first match decides. */
const routeRules: ReadonlyArray<{ prefix: string; permission: Permission; exact?: true; otherwise?: string }> = [
  // Pages stricter than their area: the proxy turns a role away before the page streams its
  // loading state, rather than the page sending it home from the browser afterwards.
  { prefix: "/livepulse/alerts/channels", permission: "livepulse:manage" },
  { prefix: "/livepulse/incidents/new", permission: "incidents:manage" },
  // Staff follow requests in the portal's list.
  { prefix: "/hosting/request", permission: "requests:create", otherwise: "/hosting" },
  { prefix: "/crm", permission: "dashboard:sales", exact: true },
  { prefix: "/admin/audit", permission: "audit:read" },
  { prefix: "/admin/sla", permission: "sla:write" },
  { prefix: "/admin/emails", permission: "emails:read" },
  { prefix: "/admin/users", permission: "users:manage" },
  { prefix: "/admin/tokens", permission: "tokens:manage" },
  { prefix: "/admin", permission: "plans:write" },
  { prefix: "/crm/tickets", permission: "tickets:manage" },
  { prefix: "/crm", permission: "crm:read" },
  { prefix: "/livepulse", permission: "livepulse:read" },
  { prefix: "/hosting", permission: "portal:access" },
  { prefix: "/notifications", permission: "notifications:access" },
  { prefix: "/account", permission: "account:manage" },
  // The API reference: every role may call the API with a token of its own.
  { prefix: "/docs", permission: "account:manage" },
];

function matches(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix + "/");
}

const ruleOf = (pathname: string) => routeRules.find((r) => (r.exact ? pathname === r.prefix : matches(pathname, r.prefix)));

/** Where a role the page refuses is sent: the page's own answer, or the role's home. */
export function refusedTarget(pathname: string, role: Role): string {
  return ruleOf(pathname)?.otherwise ?? homeOf[role];
}

export type RouteAccess = "public" | "allowed" | "sign-in" | "forbidden";

/** What a visitor with `role` (null when anonymous) may do on `pathname`. */
export function routeAccess(pathname: string, role: Role | null): RouteAccess {
  if (pathname === "/" || publicPrefixes.some((p) => matches(pathname, p))) return "public";
  const rule = ruleOf(pathname);
  if (!rule) return "public";
  if (!role) return "sign-in";
  return can(role, rule.permission) ? "allowed" : "forbidden";
}

/** A callback URL is followed only when it stays on this site and the role may open it. */
export function safeCallbackUrl(callbackUrl: string | null | undefined, role: Role): string {
  const path = sameSitePath(callbackUrl);
  if (!path) return homeOf[role];
  const pathname = path.split(/[?#]/)[0];
  if (["/login", "/register"].some((p) => matches(pathname, p))) return homeOf[role];
  return routeAccess(pathname, role) === "forbidden" ? homeOf[role] : path;
}
