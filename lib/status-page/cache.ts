import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { logger } from "../logger";

/** The cache tag of everything the public status page reads. */
export const statusTag = "status-page";
/** The daily bars and the monitors' states move by themselves: the cached page is re-read after this long at the most. */
export const statusRevalidateSeconds = 60;

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
 * Drops the cached status page at once (an incident, an update or a publication changed), on this
 * instance; other instances re-read within `statusRevalidateSeconds`. Outside a Next request there
 * is nothing to drop.
 */
export function invalidateStatus(): void {
  try {
    revalidateTag(statusTag, { expire: 0 });
  } catch (err) {
    if (!outsideNext(err)) logger.warn({ err }, "status page: could not drop the cached page");
  }
}
