/** One periodic job on this instance: its ticks never overlap, and a caller may ask for a run now. */
export type JobRunner = {
  /** The interval's tick: skipped while a run is in flight. */
  tick: () => void;
  /** Runs once more after any run in flight (which may have started before what the caller wants seen). */
  runNow: () => Promise<void>;
};

export function jobRunner(run: () => Promise<unknown>, mayRun: () => Promise<boolean>, onError: (error: unknown) => void): JobRunner {
  let current: Promise<void> | null = null;
  const runOnce = async () => {
    try {
      if (await mayRun()) await run();
    } catch (error) {
      onError(error);
    }
  };
  const start = () => {
    current = runOnce().finally(() => {
      current = null;
    });
    return current;
  };
  return {
    tick: () => {
      if (!current) void start();
    },
    runNow: async () => {
      while (current) await current;
      await start();
    },
  };
}
