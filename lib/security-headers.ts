import type { PusherSettings } from "./env";

/**
 * The content security policy with per-request nonces, and HSTS behind a trusted TLS proxy: the
 * proxy sets them (proxy.ts), with the values built here. The headers every answer carries (pages,
 * API, assets) are set once in next.config.mjs.
 */

/** The request header in which the proxy hands a page its nonce (Next itself reads the policy's). */
export const nonceHeader = "x-nonce";

/** A fresh, unguessable nonce for one answer: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** Where the browser reaches a Pusher-protocol server: hosted Pusher (cluster) or a self-hosted one (host). */
export type PusherEndpoint = Pick<PusherSettings, "cluster" | "host" | "port" | "useTLS">;

/**
 * The origins pusher-js connects to, as components/realtime/client.ts configures it. A self-hosted
 * server (soketi) is reached over WebSockets only; hosted Pusher also falls back to HTTP streaming
 * and polling on its sockjs host. pusher-js uses TLS when told to, and on any page served over HTTPS.
 */
export function pusherSources({ cluster, host, port, useTLS }: PusherEndpoint): string[] {
  const secure = useTLS ? [true] : [false, true];
  if (host) {
    const authority = port ? `${host}:${port}` : host;
    return secure.map((tls) => `${tls ? "wss" : "ws"}://${authority}`);
  }
  const name = cluster ?? "mt1";
  return secure.flatMap((tls) => [
    `${tls ? "wss" : "ws"}://ws-${name}.pusher.com`,
    `${tls ? "https" : "http"}://sockjs-${name}.pusher.com`,
  ]);
}

type PolicyOptions = Omit<PagePolicyOptions, "nonce">;

export type PagePolicyOptions = {
  /** This answer's nonce: Next puts it on its own scripts, the root layout on the theme script. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. Never in production. */
  development: boolean;
  /** The Pusher-protocol server realtime goes through, or null for the built-in same-origin stream. */
  pusher: PusherEndpoint | null;
  /** The client came over HTTPS (through a trusted proxy): any http:// subresource is upgraded. */
  https: boolean;
};

/**
 * The content security policy of a page. Scripts run only with this answer's nonce, or when loaded
 * by a script that has it ('strict-dynamic': Next's chunks, pusher-js); 'self' is only a fallback
 * for browsers that predate 'strict-dynamic', which ignore it otherwise.
 *
 * Styles allow 'unsafe-inline': nonces for styles are impractical here. React renders `style`
 * attributes into the server HTML (radix-ui's popper and visually hidden parts, the charts, progress
 * bars), which no nonce can cover, and sonner and next-themes insert <style> elements at run time.
 * A nonce in style-src would also make browsers ignore 'unsafe-inline'. Injected styles cannot run
 * code; scripts, the part that matters, stay nonce-only.
 */
export function contentSecurityPolicy({ nonce, ...options }: PagePolicyOptions): string {
  return policy(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"], options);
}

/**
 * The request header in which the proxy hands the cache handler (cache-handler.mjs) the policy of a
 * page served from cache, before its scripts' hashes are known. It never reaches the browser.
 */
export const cachedPagePolicyHeader = "x-cached-page-policy";

/**
 * The policy of a page served from Next's cache (app/[locale]), the same HTML for every visitor: no
 * nonce can be in it. Its inline scripts run by their hashes, which the cache handler adds after
 * `script-src 'self'` when it stores the page (computed from the HTML actually stored), and the
 * header is sent with every copy of the page. Without 'strict-dynamic', the page's own `<script src>`
 * (Next's chunks, same origin) load through 'self'. No upgrade-insecure-requests: the same copy
 * serves every client (a TLS proxy redirects plain HTTP anyway).
 */
export function cachedPagePolicy(options: Omit<PolicyOptions, "https">): string {
  return policy(["'self'"], { ...options, https: false });
}

function policy(scripts: string[], { development, pusher, https }: PolicyOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    ["script-src", ...scripts, ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    // The built-in realtime stream (Server-Sent Events), the API and server actions are same-origin.
    ["connect-src", "'self'", ...(pusher ? pusherSources(pusher) : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    // Only over HTTPS: on a plain-HTTP deployment the upgraded requests would find nothing.
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** The policy of an answer that is not a page (API JSON, a plain-text 404): it loads nothing and is never framed. */
export { apiContentSecurityPolicy } from "./api-security-policy.mjs";

/**
 * HSTS, for answers to a client that came over HTTPS (as a trusted proxy says: `isHttps`): browsers
 * then refuse plain HTTP to this host and its subdomains for two years.
 */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";
