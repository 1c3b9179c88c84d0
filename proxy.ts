import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { isLocale, localeCookie, resolveLocale } from "@/i18n/locales";
import { auth } from "@/lib/auth";
import { callbackParam, loginUrl, requestPathHeader } from "@/lib/auth/callback-url";
import { cachedPages, pageLocaleHeader } from "@/lib/cached-pages.mjs";
import { homeOf, refusedTarget, routeAccess } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requestIdFrom, requestIdHeader } from "@/lib/request-id";
import { isHttps } from "@/lib/request-info";
import {
  apiContentSecurityPolicy,
  cachedPagePolicy,
  cachedPagePolicyHeader,
  contentSecurityPolicy,
  createNonce,
  nonceHeader,
  strictTransportSecurity,
} from "@/lib/security-headers";

const cached = new Set<string>(cachedPages);

/** next-intl reads a page's language from this request header: only the URL segment may say it. */
const intlLocaleHeader = "x-next-intl-locale";

/**
 * Redirects only: anonymous visitors to the login page, signed-in users away
 * from pages their role may not open. Services check permissions again, and
 * pages guard themselves with `requirePage`, which reads the path handed here.
 * A page is rendered with its content security policy and nonce in its request
 * headers: Next puts the nonce on its own scripts, the root layout on the theme script.
 */
const signInPages = new Set(["/login", "/register"]);

/**
 * A signed-in visitor on a sign-in page goes on: to the page it was to come back to (the pages
 * served from cache link everyone through sign-in, the plan cards first), or home. Null otherwise.
 */
const signedInAwayHandler = auth((request) => {
  const role = request.auth?.user?.role ?? null;
  if (!role) return undefined;
  const next = callbackParam(request.nextUrl.searchParams.get("callbackUrl") ?? undefined) ?? homeOf[role];
  return NextResponse.redirect(new URL(next, request.nextUrl));
});

async function signedInAway(request: NextRequest, event: NextFetchEvent): Promise<Response | null> {
  const response = await signedInAwayHandler(request as Parameters<typeof signedInAwayHandler>[0], event as never);
  return response && response.status >= 300 && response.status < 400 ? response : null;
}

const pages = (policy: string, nonce: string, requestId: string) =>
  auth((request) => {
    const { pathname, search } = request.nextUrl;
    const role = request.auth?.user?.role ?? null;

    const access = routeAccess(pathname, role);
    if (access === "sign-in") {
      return NextResponse.redirect(new URL(loginUrl(pathname + search), request.nextUrl));
    }
    if (access === "forbidden" && role) {
      return NextResponse.redirect(new URL(refusedTarget(pathname, role), request.nextUrl));
    }
    // Set here whatever the client sent, so a page's sign-in link always names the page itself.
    const headers = new Headers(request.headers);
    headers.set(requestPathHeader, pathname + search);
    headers.set(nonceHeader, nonce);
    headers.set(requestIdHeader, requestId);
    headers.set("Content-Security-Policy", policy);
    headers.delete(cachedPagePolicyHeader);
    headers.delete(intlLocaleHeader);
    headers.delete(pageLocaleHeader);
    return NextResponse.next({ request: { headers } });
  });

/**
 * A page served from cache: the copy in the visitor's language (cookie, then Accept-Language), which
 * next.config.mjs's rewrite serves from `pageLocaleHeader`. No nonce and no policy in the request: the
 * page must not depend on it. The cache handler gets the policy without script hashes, and stores it,
 * with the hashes, beside the page.
 */
function cachedPage(request: NextRequest, requestId: string): NextResponse {
  const locale = resolveLocale(request.cookies.get(localeCookie)?.value, request.headers.get("accept-language"));
  const headers = new Headers(request.headers);
  headers.set(pageLocaleHeader, locale);
  headers.delete("Content-Security-Policy");
  headers.delete(nonceHeader);
  headers.delete(intlLocaleHeader);
  headers.set(requestIdHeader, requestId);
  headers.set(cachedPagePolicyHeader, cachedPolicy());
  return NextResponse.next({ request: { headers } });
}

/** The policy handed to the cache handler: the same for every request, from the configuration alone. */
let cachedPolicyText: string | undefined;
function cachedPolicy(): string {
  cachedPolicyText ??= cachedPagePolicy({
    development: env.nodeEnv === "development",
    pusher: env.realtime.transport === "pusher" ? env.realtime.pusher : null,
  });
  return cachedPolicyText;
}

/** `/fr/pricing` is not a second address of `/pricing`: the language segment is the proxy's own. */
function languageSegment(pathname: string): boolean {
  return isLocale(pathname.split("/")[1]);
}

/** Whether every segment of a path decodes (`%C0%AF`, `%ff` are not UTF-8: no page or record has such a name). */
function decodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** Next reads a server action's body up to 1 MB and answers a larger one with a 500: it is refused here first. */
const actionBodyLimit = 1024 * 1024;

/**
 * The answer, with its content security policy, the request's id and, when the client came over
 * HTTPS through a trusted proxy, HSTS.
 */
function secured(response: Response, policy: string, https: boolean, requestId: string): Response {
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(requestIdHeader, requestId);
  if (https) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
}

/**
 * Before any page: a path that cannot be decoded names nothing (404, before Next's router trips on
 * it, with a 500), and a server action larger than its limit is refused (413). Every answer leaves
 * with its content security policy: a fresh nonce for each page (and its redirects), a policy that
 * loads nothing for the answers written here.
 *
 * The API does not come through here (see `config`), but for a path with a percent sign, the only
 * kind that may not decode: one that does passes on unread. Its policies are at its door
 * (lib/http.ts) and its static headers in next.config.mjs.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  const https = isHttps(request.headers);
  // One id per request, the client's or its proxy's if acceptable: handlers log with it, the answer carries it.
  const requestId = requestIdFrom(request.headers);
  if (request.method === "POST" && request.headers.has("next-action") && Number(request.headers.get("content-length")) > actionBodyLimit) {
    const error = new AppError("PAYLOAD_TOO_LARGE", `A form sends at most ${actionBodyLimit} bytes.`, undefined, {
      limit: actionBodyLimit,
    });
    return secured(Response.json(error.toJSON(), { status: 413 }), apiContentSecurityPolicy, https, requestId);
  }
  const api = pathname.startsWith("/api/");
  if (!decodes(pathname)) {
    const notFound = api
      ? Response.json(new AppError("NOT_FOUND", "This does not exist.").toJSON(), { status: 404 })
      : new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    return secured(notFound, apiContentSecurityPolicy, https, requestId);
  }
  // Its route handlers stamp their own answers (`answerOf` in lib/http.ts).
  if (api) return NextResponse.next();

  if (languageSegment(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.replace(/^\/[^/]+/, "") || "/";
    return secured(NextResponse.redirect(url, 308), apiContentSecurityPolicy, https, requestId);
  }

  // A nonce and its policy for a page rendered here, or a redirect; a page served from cache has its own.
  const pagePolicy = () => {
    const nonce = createNonce();
    const policy = contentSecurityPolicy({
      nonce,
      development: env.nodeEnv === "development",
      pusher: env.realtime.transport === "pusher" ? env.realtime.pusher : null,
      https,
    });
    return { nonce, policy };
  };
  // Every method: a server action posted from one of these pages (the language switch) runs there too.
  // The pricing and status pages need no session; the sign-in pages send a signed-in visitor on first.
  if (cached.has(pathname)) {
    const away = signInPages.has(pathname) ? await signedInAway(request, event) : null;
    if (away) return secured(away, pagePolicy().policy, https, requestId);
    const response = cachedPage(request, requestId);
    // The page's own policy, with its scripts' hashes, comes from the cache beside it.
    response.headers.set(requestIdHeader, requestId);
    if (https) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
    return response;
  }
  const { nonce, policy } = pagePolicy();
  const handler = pages(policy, nonce, requestId);
  // Auth.js answers with the handler's response; its type also allows none.
  const response = (await handler(request as Parameters<typeof handler>[0], event as never)) ?? NextResponse.next();
  return secured(response, policy, https, requestId);
}

/**
 * Pages, and the API's paths with a percent sign (their decoding is checked here). The rest of the
 * API skips the proxy: its work for them was an id and a header, and running it cost a fifth of a
 * hosting request's processing time.
 */
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webp|txt)$).*)", "/api/(.*%.*)"],
};
