import { AppError } from "./errors";

/** Seconds a client is asked to wait when the database cannot serve it now. */
export const unavailableRetryAfterSeconds = 5;

// Prisma's codes for "not now": no server, a connection or transaction not obtained in time, too many connections, a write conflict.
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034", "P2037"]);
// PostgreSQL's SQLSTATE classes and codes for the same: connection exceptions, too many connections, shutting down or starting.
const sqlStates = /^(08...|53300|57P01|57P02|57P03|40001|40P01)$/;
// Node's and pg's own words when the socket never opens or dies.
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const socketMessages =
  /Connection terminated|timeout exceeded when trying to connect|Connection refused|server closed the connection|the database system is (starting up|shutting down)/i;

function isTransient(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause, originalCode, meta } = error as Record<string, unknown>;
  if (typeof code === "string" && (prismaCodes.has(code) || sqlStates.test(code) || socketCodes.has(code))) return true;
  if (typeof originalCode === "string" && sqlStates.test(originalCode)) return true;
  if (kind === "DatabaseNotReachable" || kind === "TooManyConnections" || kind === "SocketTimeout" || kind === "TransactionWriteConflict")
    return true;
  if (typeof message === "string" && socketMessages.test(message)) return true;
  // A raw query's failure (P2010) carries the driver's error in its meta.
  const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return isTransient(cause, depth + 1) || isTransient(adapterError, depth + 1);
}

/**
 * Whether an error is a unique index refusing a row: Prisma's P2002 for its own writes, or, for a
 * raw statement (P2010), the driver's error in its meta (PostgreSQL's 23505).
 */
export function uniqueViolation(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, originalCode, cause, meta } = error as Record<string, unknown>;
  if (code === "P2002" || code === "23505" || originalCode === "23505" || kind === "UniqueConstraintViolation") return true;
  const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return uniqueViolation(cause, depth + 1) || uniqueViolation(adapterError, depth + 1);
}

/**
 * The 503 a door answers when an error means the database cannot serve this request now
 * (unreachable, pool exhausted, a transaction not started in time), or undefined for any other error.
 */
export function unavailableError(error: unknown): AppError | undefined {
  if (!isTransient(error)) return undefined;
  return new AppError("UNAVAILABLE", "The service is temporarily unavailable. Please try again shortly.", undefined, {
    retryAfterSeconds: unavailableRetryAfterSeconds,
  });
}
