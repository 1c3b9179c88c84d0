import "server-only";
import pino from "pino";
import { env } from "./env";

/** Structured logs on stdout; one logger for the whole server. */
export const logger = pino({
  level: env.nodeEnv === "test" ? "silent" : env.logLevel,
  base: undefined,
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
