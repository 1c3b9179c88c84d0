const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` and answers no sooner than `floorMs` after the start, so an answer that must tell
 * nothing (is there an account with this email?) does not tell it by its timing either. Failures
 * wait as long as successes.
 */
export async function takingAtLeast<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = floorMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
