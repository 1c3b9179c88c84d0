import { readdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";

/** Every page of the app, for the journeys that visit them all (the page sweep, the JavaScript budgets). */

const root = path.resolve(import.meta.dirname, "..");

/** Detail pages are reached through the first link of their list that matches. */
export type DetailPageSpec = { path: string; from: string; link: RegExp };
export type PageSpec = { path: string } | DetailPageSpec;
export const pages: PageSpec[] = [
  { path: "/" },
  { path: "/pricing" },
  { path: "/status" },
  { path: "/login" },
  { path: "/register" },
  { path: "/set-password" },
  { path: "/forgot-password" },
  { path: "/reset-password" },
  { path: "/verify-email" },
  { path: "/notifications" },
  { path: "/account" },
  { path: "/account/tokens" },
  { path: "/docs/api" },
  { path: "/docs/api/[tag]", from: "/docs/api", link: /^\/docs\/api\/[a-z-]+$/ },
  { path: "/hosting" },
  { path: "/hosting/request" },
  { path: "/hosting/requests/[id]", from: "/hosting", link: /^\/hosting\/requests\/[^/?#]+$/ },
  { path: "/hosting/requests/[id]", from: "/crm/requests", link: /^\/hosting\/requests\/[^/?#]+$/ },
  { path: "/hosting/tickets" },
  { path: "/hosting/tickets/new" },
  { path: "/hosting/tickets/[id]", from: "/hosting/tickets", link: /^\/hosting\/tickets\/(?!new)[^/?#]+$/ },
  { path: "/admin/plans" },
  { path: "/admin/sla" },
  { path: "/admin/audit" },
  { path: "/admin/users" },
  { path: "/admin/users/[id]", from: "/admin/users", link: /^\/admin\/users\/[^/?#]+$/ },
  { path: "/admin/emails" },
  { path: "/admin/emails/[id]", from: "/admin/emails", link: /^\/admin\/emails\/[^/?#]+$/ },
  { path: "/admin/tokens" },
  { path: "/crm" },
  { path: "/crm/leads" },
  { path: "/crm/leads/[id]", from: "/crm/leads", link: /^\/crm\/leads\/[^/?#]+$/ },
  { path: "/crm/pipeline" },
  { path: "/crm/customers" },
  { path: "/crm/customers/[id]", from: "/crm/customers", link: /^\/crm\/customers\/[^/?#]+$/ },
  { path: "/crm/requests" },
  { path: "/crm/tickets" },
  { path: "/crm/tickets/new" },
  { path: "/crm/tickets/[id]", from: "/crm/tickets", link: /^\/crm\/tickets\/(?!new)[^/?#]+$/ },
  { path: "/livepulse" },
  { path: "/livepulse/services" },
  { path: "/livepulse/forms" },
  { path: "/livepulse/alerts" },
  { path: "/livepulse/alerts/channels" },
  { path: "/livepulse/maintenance" },
  { path: "/livepulse/incidents" },
  { path: "/livepulse/incidents/new" },
  { path: "/livepulse/incidents/[id]", from: "/livepulse/incidents", link: /^\/livepulse\/incidents\/(?!new)[^/?#]+$/ },
];

/** Every page of the app, as its route pattern, from the `app/` folder (route groups left out). */
export function appRoutes(dir = path.join(root, "app"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [prefix || "/"] : [];
    // The catch-all that sends unknown addresses to the not-found page is no page of its own.
    if (entry.name === "api" || entry.name.startsWith("_") || entry.name.startsWith("[...")) return [];
    // Route groups and the language segment the proxy adds to public pages are not in the URL.
    const segment = entry.name.startsWith("(") || entry.name === "[locale]" ? "" : `/${entry.name}`;
    return appRoutes(path.join(dir, entry.name), prefix + segment);
  });
}

/**
 * The pages a role may open, asked of the server without a browser: a page that answers 200 without
 * sending the reader elsewhere, then the detail pages behind the list pages, from the links in their
 * HTML. Loading every page in the browser to find it sends the role elsewhere cost as much as the
 * visits themselves. (A page that streams and then sends the reader elsewhere from the browser is
 * still found out by the walk.)
 */
export async function pagesOf(context: BrowserContext): Promise<string[]> {
  const answers = await Promise.all(
    pages
      .filter((p) => !("from" in p))
      .map(async ({ path }) => ({ path, status: (await context.request.get(path, { maxRedirects: 0 })).status() })),
  );
  const open = answers.filter((answer) => answer.status === 200).map((answer) => answer.path);
  const details: string[] = [];
  for (const spec of pages) {
    if (!("from" in spec) || !open.includes(spec.from)) continue;
    const href = await detailAddress(context, spec);
    if (href && !details.includes(href)) details.push(href);
  }
  return [...open, ...details];
}

/** The address of a detail page: the first link of its list page that matches. */
export async function detailAddress(context: BrowserContext, spec: DetailPageSpec): Promise<string | undefined> {
  const html = await (await context.request.get(spec.from)).text();
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replaceAll("&amp;", "&"));
  return hrefs.find((href) => spec.link.test(href));
}

/** The route pattern of a page's address (`/crm/leads/abc` → `/crm/leads/[id]`). */
export function routeOf(address: string): string {
  const pattern = (route: string) => new RegExp(`^${route.replace(/\[[^\]]+\]/g, "[^/]+")}$`);
  const routes = [...new Set(pages.map((page) => page.path))];
  return routes.find((route) => route === address) ?? routes.find((route) => pattern(route).test(address)) ?? address;
}
