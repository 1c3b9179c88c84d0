/** Attempts before a delivery is given up (FAILED): about an hour of retries in all. */
export const maxDeliveryAttempts = 8;

const baseDelayMs = 15_000;
const maxDelayMs = 30 * 60_000;

/** The wait before the next try after `attempts` failed ones: 15 s, 30 s, 1 min… doubling, at most 30 min. */
export function deliveryRetryDelayMs(attempts: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** A test is tried once: the admin who pressed the button reads its result at once. */
export const attemptsFor = (event: "FIRED" | "RESOLVED" | "TEST"): number => (event === "TEST" ? 1 : maxDeliveryAttempts);
