/**
 * Next.js calls `register` once when a server instance starts. The periodic
 * jobs and page measuring run in the Node.js runtime only (NEXT_RUNTIME is a
 * constant Next sets per bundle, not configuration).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMeasuring } = await import("./lib/livepulse/metrics/start");
  await startMeasuring();
  const { startBackgroundJobs } = await import("./lib/jobs");
  startBackgroundJobs();
}
