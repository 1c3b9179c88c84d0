import "server-only";
import { headers } from "next/headers";
import { createMiddleware, createSafeActionClient } from "next-safe-action";
import { AppError, errorStatus, isAppError, type ErrorCode, type FieldErrors } from "./errors";
import { assertStorableInput } from "./input";
import { unavailableError } from "./db-errors";
import { logger } from "./logger";
import { currentUser } from "./auth/session";
import { recordRequest } from "./livepulse/metrics/recorder";
import { enforceRateLimit, type RateLimitPolicy } from "./rate-limit";
import { clientAddress } from "./request-info";
import { requestIdFrom, withRequestId } from "./request-id";

export type ActionError = { code: ErrorCode; message: string; fields?: FieldErrors; meta?: Record<string, unknown> };

/**
 * Every action refuses text PostgreSQL could not store (NUL, a lone UTF-16 half) before its schema
 * and its service run, with the fields that hold it.
 */
const storableInput = createMiddleware().define(async ({ clientInput, next }) => {
  assertStorableInput(clientInput, "This holds what cannot be stored.");
  return next();
});

/** The request's headers; none when an action is called outside a request (a script, a test). */
async function headersIfAny(): Promise<Headers> {
  try {
    return await headers();
  } catch {
    return new Headers();
  }
}

/** Server actions: AppErrors reach the form as they are; anything else is logged and hidden. */
export const actionClient = createSafeActionClient({
  handleServerError(caught): ActionError {
    const error = unavailableError(caught) ?? caught;
    if (isAppError(error)) return { code: error.code, message: error.message, fields: error.fields, meta: error.meta };
    logger.error({ err: error }, "server action failed");
    return { code: "INTERNAL", message: "Something went wrong. Please try again." };
  },
})
  // The request's id, set by the proxy: every log line of the action carries it.
  .use(async ({ next }) => withRequestId(requestIdFrom(await headersIfAny()), () => next()))
  .use(async ({ next }) => {
    // Every action is measured: its duration, and a failure on the server's side (an error answered as a 5xx would be).
    const started = performance.now();
    let status = 200;
    try {
      const result = await next();
      const code = (result.serverError as ActionError | undefined)?.code;
      if (code) status = errorStatus[code] ?? 500;
      return result;
    } catch (error) {
      status = 500;
      throw error;
    } finally {
      const durationMs = performance.now() - started;
      recordRequest({ kind: "ACTION", route: "action", method: "POST", status, durationMs, error: status >= 500 });
    }
  })
  .use(storableInput);

/** Actions that need a signed-in user receive it as `ctx.user`. */
export const userActionClient = actionClient.use(async ({ next }) => {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return next({ ctx: { user } });
});

/**
 * An action's rate limit, the same policy a route spec declares:
 * `actionClient.use(rateLimit({ … })).inputSchema(…)`. Past it the form gets
 * RATE_LIMITED with `meta.retryAfterSeconds`.
 */
export function rateLimit(policy: RateLimitPolicy) {
  return createMiddleware().define(async ({ next }) => {
    const userId = policy.key === "user" ? (await currentUser())?.id : undefined;
    await enforceRateLimit(policy, { ip: clientAddress(await headers()), userId });
    return next();
  });
}
