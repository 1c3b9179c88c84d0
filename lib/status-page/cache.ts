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
 * `read` through Next's data cache under the status tag, for `statusRevalidateSeconds`. Outside a
 * Next request (scripts, tests) there is no cache: it simply reads.
 */
export function statusCached<T>(key: string, read: () => Promise<T>): () => Promise<T> {
  let cached: (() => Promise<T>) | null = null;
  return async () => {
    try {
      cached ??= unstable_cache(read, ["status-page", key], { tags: [statusTag], revalidate: statusRevalidateSeconds });
      return await cached();
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
