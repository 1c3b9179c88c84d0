import "server-only";
import { env } from "../../env";
import { logger } from "../../logger";
import { measurePages } from "./page-spans";

/** Starts measuring pages at server start, unless measuring is off (METRICS_FLUSH_MS=0). */
export async function startMeasuring(): Promise<void> {
  if (env.metricsFlushMs <= 0) return;
  try {
    measurePages();
  } catch (error) {
    logger.warn({ err: error }, "metrics: page timings unavailable");
  }
}
