import { AsyncLocalStorage } from "node:async_hooks";

/** The header a request's id travels in: from the client or the proxy in front, and back in the answer. */
export const requestIdHeader = "x-request-id";

/** An id a client or proxy may choose, within what a log line can carry safely. */
const acceptable = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The request's own id when it sent an acceptable one (a proxy's, to follow it across), otherwise a new one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(requestIdHeader);
  return given && acceptable.test(given) ? given : crypto.randomUUID();
}

// Kept on globalThis: the proxy, route handlers and actions are separate bundles of the same process.
const storage = ((globalThis as { __requestContext?: AsyncLocalStorage<string> }).__requestContext ??= new AsyncLocalStorage<string>());

/** Runs `work` as part of the request `id`: every log line written meanwhile carries it. */
export const withRequestId = <T>(id: string, work: () => T): T => storage.run(id, work);

/** The id of the request being served here, if any. */
export const currentRequestId = (): string | undefined => storage.getStore();
