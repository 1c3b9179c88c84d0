import "server-only";
import { revalidatePath } from "next/cache";
import { logger } from "../../logger";

const outsideNext = (err: unknown) => err instanceof Error && /static generation store missing/.test(err.message);

/**
 * Drops the cached pricing page in both languages at once (a plan changed), on this instance: the
 * next visitor gets it rendered again. Other instances re-read it after the page's `revalidate`.
 * Outside a Next request (scripts, tests) there is nothing to drop.
 */
export function invalidatePricing(): void {
  try {
    revalidatePath("/[locale]/pricing", "page");
  } catch (err) {
    if (!outsideNext(err)) logger.warn({ err }, "pricing page: could not drop the cached page");
  }
}
