/** The request header in which the proxy hands a page its own path and query. */
export const requestPathHeader = "x-request-path";

const sameSite = "http://same-site.invalid";

/**
 * `value` as a path of this site (path, query and hash), or null when a browser
 * could follow it elsewhere: it must start with a single `/`, and the URL parser
 * must agree (it reads `/\evil.test`, or `//` split by a tab, as another host).
 */
export function sameSitePath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return null;
  const url = URL.canParse(value, sameSite) ? new URL(value, sameSite) : null;
  if (url?.origin !== sameSite) return null;
  return url.pathname + url.search + url.hash;
}

function withCallback(page: "/login" | "/register", path: string | null | undefined): string {
  const callbackUrl = sameSitePath(path);
  return callbackUrl ? `${page}?callbackUrl=${encodeURIComponent(callbackUrl)}` : page;
}

/** The sign-in page, bringing the visitor back to `path` afterwards when it is a path of this site. */
export const loginUrl = (path: string | null | undefined): string => withCallback("/login", path);

/** The registration page, with the same way back. */
export const registerUrl = (path: string | null | undefined): string => withCallback("/register", path);

/** The `callbackUrl` parameter the sign-in pages received, kept only when it is a path of this site. */
export function callbackParam(value: string | string[] | undefined): string | undefined {
  return sameSitePath(typeof value === "string" ? value : null) ?? undefined;
}
