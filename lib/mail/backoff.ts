/** Attempts before a message is given up (FAILED): about two and a half hours of retries in all. */
export const maxAttempts = 8;

const baseDelayMs = 30_000;
const maxDelayMs = 3_600_000;

/** The wait before the next try after `attempts` failed ones: 30 s, 1 min, 2 min… doubling, at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** An SMTP error as the delivery log shows it: one line, bounded. */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().slice(0, 500) || "Unknown error";
}
