import "server-only";
import pino from "pino";
import { env } from "./env";
import { currentRequestId } from "./request-id";

/** The fields every line gets: the id of the request it was written for, when there is one. */
export function requestFields(): { requestId?: string } {
  const requestId = currentRequestId();
  return requestId ? { requestId } : {};
}

/** Structured logs on stdout; one logger for the whole server. */
export const logger = pino({
  level: env.nodeEnv === "test" ? "silent" : env.logLevel,
  base: undefined,
  mixin: requestFields,
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
