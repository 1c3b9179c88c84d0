/**
 * A browser-like HTTP client for scripts (the smoke test, the cluster test): it keeps cookies, sends
 * the Origin a page of the site would on writes (the app refuses a cookie-authenticated write from
 * anywhere else), and signs in through Auth.js's own credentials endpoint, the same check as the
 * login form.
 */

export type SignInResult =
  | { ok: true }
  /** `code` is the app's reason (`invalid_credentials`, `rate_limited`), read from the redirect. */
  | { ok: false; status: number; code: string | null };

const writeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export class HttpSession {
  /** name → value; shared by the sessions `on()` derives, as a browser shares cookies across ports of one host. */
  readonly cookies: Map<string, string>;

  constructor(
    readonly base: string,
    options: { cookies?: Map<string, string>; timeoutMs?: number; headers?: Record<string, string> } = {},
  ) {
    this.base = base.replace(/\/+$/, "");
    this.cookies = options.cookies ?? new Map();
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.headers = options.headers ?? {};
  }

  private readonly timeoutMs: number;
  private readonly headers: Record<string, string>;

  /** The same cookies, sent to another base URL (another instance of the same site). */
  on(base: string): HttpSession {
    return new HttpSession(base, { cookies: this.cookies, timeoutMs: this.timeoutMs, headers: this.headers });
  }

  get origin(): string {
    return new URL(this.base).origin;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Whether a session cookie is held (`authjs.session-token`, `__Secure-` prefixed over HTTPS). */
  get signedIn(): boolean {
    return [...this.cookies.keys()].some((name) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name));
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(this.headers)) if (!headers.has(name)) headers.set(name, value);
    if (this.cookies.size > 0) headers.set("cookie", this.cookieHeader());
    const method = (init.method ?? "GET").toUpperCase();
    if (writeMethods.has(method) && !headers.has("origin")) headers.set("origin", this.origin);
    const response = await fetch(`${this.base}${path}`, {
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs),
      ...init,
      headers,
    });
    this.keepCookies(response);
    return response;
  }

  /** JSON body and status; throws with the answer's start when it is not JSON. */
  async json<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const response = await this.fetch(path, init);
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as T };
    } catch {
      throw new Error(`${init.method ?? "GET"} ${path} answered ${response.status} with no JSON: ${text.slice(0, 120)}`);
    }
  }

  postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  }

  /** GET /api/auth/csrf, then POST /api/auth/callback/credentials: signed in when a session cookie came back. */
  async signIn(email: string, password: string): Promise<SignInResult> {
    const { csrfToken } = (await this.json<{ csrfToken: string }>("/api/auth/csrf")).body;
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${this.origin}/` }),
    });
    await response.body?.cancel();
    if (this.signedIn) return { ok: true };
    const location = response.headers.get("location");
    const code = location ? new URL(location, this.base).searchParams.get("code") : null;
    return { ok: false, status: response.status, code };
  }

  /** Auth.js's signout endpoint: the session is revoked on the server, not only forgotten here. */
  async signOut(): Promise<void> {
    const { csrfToken } = (await this.json<{ csrfToken: string }>("/api/auth/csrf")).body;
    const response = await this.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${this.origin}/` }),
    });
    await response.body?.cancel();
  }

  private keepCookies(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => {
        const [key, val = ""] = a.split("=").map((s) => s.trim());
        if (/^max-age$/i.test(key)) return Number(val) <= 0;
        if (/^expires$/i.test(key)) return Date.parse(val) <= Date.now();
        return false;
      });
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
