import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { AppError, fieldErrorsFromIssues, isAppError, type ErrorCode } from "./errors";
import { assertStorableInput, unstorableFields } from "./input";
import { unavailableError } from "./db-errors";
import { requestIdFrom, requestIdHeader, withRequestId } from "./request-id";
import { logger } from "./logger";
import { can, type Permission } from "./auth/permissions";
import { currentUser, type SessionUser } from "./auth/session";
import { env } from "./env";
import { hasInboundSecret, inboundEmailEnabled } from "./mail/inbound-secret";
import { tokenCaller } from "./api-tokens/authenticate";
import { bearerCredentials } from "./api-tokens/token";
import { hasMetricsToken } from "./livepulse/metrics/access";
import { recordRequest } from "./livepulse/metrics/recorder";
import { enforceRateLimit, type RateLimitPolicy } from "./rate-limit";
import { recordAnswer } from "./api-contract-recorder";
import { clientAddress, isHttps, requestHost } from "./request-info";
import { strictTransportSecurity } from "./security-headers";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Machines that present `Authorization: Bearer <token>` instead of a session, by the token's name:
 * whether the header holds it, and whether it is configured at all.
 */
const bearerTokens = {
  metrics: { sent: hasMetricsToken, configured: () => Boolean(env.metricsToken) },
  /** The inbound mail service posting customers' email replies. */
  inbound: { sent: hasInboundSecret, configured: inboundEmailEnabled },
} satisfies Record<string, { sent: (authorization: string | null) => boolean; configured: () => boolean }>;

/**
 * Who may call: anyone, any signed-in user, a user whose role holds a permission, or a machine with
 * its token (or else such a user, when `orPermission` names one). A route only a machine calls
 * answers 404 while its token is not configured. A user calls with their browser session or a
 * personal API token (`Authorization: Bearer orb_…`), which must also name the permission in its
 * scopes (`account:manage` for a `user` route).
 */
type Access = "public" | "user" | Permission | { token: keyof typeof bearerTokens; orPermission?: Permission };

export type RouteSpec<P, Q, B> = {
  method: Method;
  /** OpenAPI path, e.g. `/api/hosting/requests/{id}`. */
  path: string;
  summary: string;
  tags?: string[];
  access: Access;
  /** Counted once the caller is admitted; past it the route answers 429 with Retry-After. */
  rateLimit?: RateLimitPolicy;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /**
   * How the body is encoded: JSON (default), an HTML form's `application/x-www-form-urlencoded`, or
   * `raw`: its bytes as sent (a Buffer), for a machine's payload such as a MIME message.
   */
  bodyEncoding?: "json" | "form" | "raw";
  /** The largest body accepted, in bytes (1 MB unless said); past it the route answers 413 unread. */
  bodyLimit?: number;
  /** The JSON body of a successful answer; the OpenAPI document and the contract recorder read it. */
  response?: z.ZodType;
  /** A successful answer that is not JSON (a feed, a stream, metrics text): its media type. */
  produces?: string;
  /** Status of a successful answer (200 unless said; 204 when the handler returns nothing). */
  status?: number;
  /** Status of a call that made nothing new (a repeat with the same idempotency key or message, an update of an open alert), with the same body. */
  repeatStatus?: number;
  /**
   * The error answers the route's own service gives (404, 409…). Those its policies imply are
   * derived: 401/403 from `access`, 429 from `rateLimit`, 413 and 400 from `body`, 422 from
   * `params`, `query` and `body`.
   */
  errors?: readonly ErrorCode[];
};

type Context<P, Q, B, U> = { request: NextRequest; user: U; params: P; query: Q; body: B };
type UserFor<A extends Access> = A extends "public" | { token: string } ? SessionUser | null : SessionUser;

/** A route handler as Next calls it, carrying its spec: tests and the OpenAPI document read routes from their modules. */
export type RouteHandler = ((
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) & { spec: RouteSpec<unknown, unknown, unknown> };

export function errorResponse(error: AppError, headers?: HeadersInit): Response {
  return Response.json(error.toJSON(), { status: error.status, headers });
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** host[:port] of an Origin or Referer value; null when it has none (`null`, garbage). */
function hostOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery: a state-changing call carried by a browser's session cookie must come
 * from a page of this app. Browsers name the page's origin in `Origin` on every such request (a
 * `Referer` may stand in when it is absent), so a foreign, opaque (`null`) or unreadable one is
 * refused; a client that sends neither is no browser page and cannot be tricked into calling. A
 * JSON route also wants a JSON content type: a form on another site can send `text/plain` without
 * asking, never `application/json`.
 */
function checkSameOrigin(request: NextRequest, spec: RouteSpec<unknown, unknown, unknown>): void {
  if (safeMethods.has(request.method)) return;
  const origin = request.headers.get("origin");
  const referer = request.headers.get("referer");
  const claimed = origin ?? referer;
  const host = requestHost(request.headers);
  if (claimed !== null && (!host || hostOf(claimed) !== host)) {
    throw new AppError("FORBIDDEN", "This request did not come from this site.", undefined, { reason: "crossOrigin" });
  }
  const length = request.headers.get("content-length");
  const hasBody = length === null ? request.body !== null : Number(length) > 0;
  if (spec.body && hasBody && (spec.bodyEncoding ?? "json") === "json") {
    const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      throw new AppError("FORBIDDEN", "Send this request as application/json.", undefined, { reason: "contentType" });
    }
  }
}

function hasBearerToken(access: Access, request: NextRequest): boolean {
  return typeof access === "object" && bearerTokens[access.token].sent(request.headers.get("authorization"));
}

/** Throws unless the caller meets the route's access: 401 when unknown, 403 when their role (or token) falls short. */
function checkAccess(access: Access, request: NextRequest, user: SessionUser | null): void {
  if (access === "public") return;
  if (typeof access === "object") {
    if (hasBearerToken(access, request)) return;
    if (!access.orPermission) {
      if (!bearerTokens[access.token].configured()) throw new AppError("NOT_FOUND", "Not found.");
      throw new AppError("UNAUTHORIZED", `Send the ${access.token} token.`);
    }
    if (!user) throw new AppError("UNAUTHORIZED", `Sign in or send the ${access.token} token.`);
    return checkAccess(access.orPermission, request, user);
  }
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  // A token acts on its owner's account only when it may: its scopes name `account:manage`.
  const permission = access === "user" ? (user.scopes ? "account:manage" : null) : access;
  if (permission && !can(user, permission)) {
    const byScope = user.scopes && can(user.role, permission);
    throw new AppError("FORBIDDEN", byScope ? `This token's scopes do not include ${permission}.` : "You are not allowed to do this.");
  }
}

/**
 * Who calls: the user of a personal API token when `Authorization: Bearer` carries one (never the
 * session cookie then; a bad token is a 401), else the session's user. A machine's own token
 * (`machine`) leaves the session as it is.
 */
async function callerOf(request: NextRequest, machine: boolean): Promise<{ user: SessionUser | null; byToken: boolean }> {
  const token = machine ? null : bearerCredentials(request.headers.get("authorization"));
  if (token === null) return { user: await currentUser(), byToken: false };
  return { user: await tokenCaller(token, clientAddress(request.headers)), byToken: true };
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError("VALIDATION", `Invalid ${where}.`, fieldErrorsFromIssues(result.error.issues));
}

/** What a route reads of a body unless its spec says otherwise. */
export const defaultBodyLimit = 1024 * 1024;

const tooLarge = (limit: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes.`, undefined, { limit });

/** The body's bytes, read no further than `limit`: a larger one is refused, whatever its length header says. */
async function readBytes(request: NextRequest, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readBody(request: NextRequest, encoding: RouteSpec<unknown, unknown, unknown>["bodyEncoding"], limit = defaultBodyLimit) {
  const bytes = await readBytes(request, limit);
  if (encoding === "raw") return bytes.byteLength ? bytes : undefined;
  const text = new TextDecoder().decode(bytes);
  if (!text) return undefined;
  if (encoding === "form") return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

/**
 * Serves an API request as part of its id (the client's or its proxy's, else a new one): every log
 * line carries it, and so does the answer, with HSTS when a trusted proxy says the client came over
 * HTTPS. The API runs without the proxy (proxy.ts): these are its per-request headers; the static
 * ones, its content security policy included, come from next.config.mjs.
 */
export async function answerOf(request: Request, serve: () => Promise<Response>): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  let response = await withRequestId(requestId, serve);
  try {
    response.headers.set(requestIdHeader, requestId);
  } catch {
    // A redirect's headers cannot be changed (Response.redirect): its copy's can.
    response = new Response(response.body, response);
    response.headers.set(requestIdHeader, requestId);
  }
  if (isHttps(request.headers)) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
}

/**
 * The one route-handler wrapper: session and access, rate limit, the body's size,
 * text the database cannot store, Zod parsing of params, query and body,
 * AppError → JSON with its status, anything else → logged, generic 500.
 */
export function route<P = undefined, Q = undefined, B = undefined, A extends Access = Access>(
  spec: RouteSpec<P, Q, B> & { access: A },
  handler: (ctx: Context<P, Q, B, UserFor<A>>) => Promise<unknown>,
) {
  const handle = async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    try {
      const machine = hasBearerToken(spec.access, request);
      // A route only a machine calls reads no personal token: a wrong secret is its own 401 (or 404).
      const machineOnly = typeof spec.access === "object" && !spec.access.orPermission;
      const { user, byToken } = await callerOf(request, machine || machineOnly);
      checkAccess(spec.access, request, user);
      // Only a session cookie rides along by itself: a machine's or a user's token is sent on purpose.
      if (user && !machine && !byToken) checkSameOrigin(request, spec as RouteSpec<unknown, unknown, unknown>);
      if (spec.rateLimit) await enforceRateLimit(spec.rateLimit, { ip: clientAddress(request.headers), userId: user?.id });
      const rawParams = await context.params;
      // An id that holds what no stored id can is simply not there.
      if (unstorableFields(rawParams).length) throw new AppError("NOT_FOUND", "This does not exist.");
      const params = parse(spec.params, rawParams, "path parameters");
      const rawQuery = Object.fromEntries(request.nextUrl.searchParams);
      if (spec.query) assertStorableInput(rawQuery, "The query holds what cannot be stored.");
      const query = parse(spec.query, rawQuery, "query");
      let body = undefined as B;
      if (spec.body) {
        const rawBody = await readBody(request, spec.bodyEncoding, spec.bodyLimit);
        // Raw bytes are the handler's to decode: it checks the text it keeps.
        if (spec.bodyEncoding !== "raw") assertStorableInput(rawBody, "The body holds what cannot be stored.");
        body = parse(spec.body, rawBody, "body");
      }
      const result = await handler({ request, user: user as UserFor<A>, params, query, body });
      const response =
        result instanceof Response
          ? result
          : result === undefined
            ? new Response(null, { status: 204 })
            : Response.json(result, { status: spec.status ?? 200 });
      // What a signed-in caller reads is theirs: no shared cache keeps it.
      if (user && !response.headers.has("cache-control")) response.headers.set("cache-control", "private, no-store");
      return response;
    } catch (caught) {
      const error = unavailableError(caught) ?? caught;
      if (isAppError(error)) {
        const retry = error.meta?.retryAfterSeconds;
        return errorResponse(error, retry ? { "Retry-After": String(retry) } : undefined);
      }
      logger.error({ err: caught, method: spec.method, path: spec.path }, "route handler failed");
      return errorResponse(new AppError("INTERNAL", "Something went wrong. Please try again."));
    }
  };
  // Measured by the spec's path, not the URL: one series per route, whatever the ids.
  const measured = async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    const started = performance.now();
    const response = await answerOf(request, () => handle(request, context));
    const durationMs = performance.now() - started;
    const status = response.status;
    recordRequest({ kind: "API", route: spec.path, method: spec.method, status, durationMs, error: status >= 500 });
    if (env.apiContractLog) await recordAnswer(spec as RouteSpec<unknown, unknown, unknown>, response);
    return response;
  };
  return Object.assign(measured, { spec: spec as RouteSpec<unknown, unknown, unknown> }) satisfies RouteHandler;
}
