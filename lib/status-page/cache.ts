import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { after } from "next/server";
import { logger } from "../logger";

/** The cache tag of everything the public status page reads. */
export const statusTag = "status-page";
/** The daily bars and the monitors' states move by themselves: the cached page is re-read after this long at the most. */
export const statusRevalidateSeconds = 30;

const outsideNext = (err: unknown) => err instanceof Error && /incrementalCache missing|static generation store missing/.test(err.message);

/**
 * A count of the changes this process made to what the status page shows, part of every cache key.
 * Next applies a server action's `revalidateTag` only once the action has finished, while the change's
 * realtime event is already on its way: a browser re-reading at once would get the snapshot from
 * before the change, and no later event would correct it. A new key is read afresh at once.
 * (Kept on globalThis: every bundle of the process shares it.)
 */
const changes = globalThis as unknown as { __statusChanges?: number };

/**
 * `read` through Next's data cache under the status tag, for `statusRevalidateSeconds`. Outside a
 * Next request (scripts, tests) there is no cache: it simply reads.
 */
export function statusCached<T>(key: string, read: () => Promise<T>): () => Promise<T> {
  return async () => {
    const parts = ["status-page", key, String(changes.__statusChanges ?? 0)];
    try {
      return await unstable_cache(read, parts, { tags: [statusTag], revalidate: statusRevalidateSeconds })();
    } catch (err) {
      if (outsideNext(err)) return read();
      throw err;
    }
  };
}

/**
 * Drops the cached snapshot and the status page rendered from it, in both languages, at once (an
 * incident, an update, a maintenance window or a publication changed), on this instance; other
 * instances re-read within the page's `revalidate`. Outside a Next request there is nothing to drop.
 */
export function invalidateStatus(): void {
  changes.__statusChanges = (changes.__statusChanges ?? 0) + 1;
  try {
    revalidateTag(statusTag, { expire: 0 });
    revalidatePath("/[locale]/status", "page");
  } catch (err) {
    if (!outsideNext(err)) logger.warn({ err }, "status page: could not drop the cached page");
  }
}

/**
 * Sends what tells browsers to re-read the status page once the drop above has taken effect: Next
 * records a server action's or a route's revalidations as it finishes, so a browser that re-read at
 * once could get the page from before the change. Outside a Next request it is sent at once.
 */
export async function afterInvalidation(send: () => Promise<void>): Promise<void> {
  try {
    after(send);
  } catch {
    await send();
  }
}
