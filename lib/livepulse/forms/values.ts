import "server-only";
import { funnelEventsBetween } from "./events";
import { formFunnel } from "./funnel";

/** Percent of the form sessions seen in the window that started and were not submitted (0 without starts). */
export async function formAbandonmentRate(windowMinutes: number, now: Date = new Date()): Promise<number> {
  const funnel = formFunnel(await funnelEventsBetween(new Date(now.getTime() - windowMinutes * 60_000), now));
  return Math.round(funnel.abandonmentRate * 1000) / 10;
}
