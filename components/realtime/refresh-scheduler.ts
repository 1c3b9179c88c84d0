/**
 * Coalesces refresh requests: the first request arms one run `delayMs` later and the requests
 * that come meanwhile join it (a burst of events re-reads once, and a steady stream cannot
 * postpone it forever). While paused nothing runs; a request made then runs once unpaused.
 */
export type RefreshScheduler = {
  request(): void;
  setPaused(paused: boolean): void;
  /** Drops an armed run and any held request (the page goes away); later requests work again. */
  cancel(): void;
};

type Timers = {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createRefreshScheduler(run: () => void, { delayMs = 300, timers = browserTimers } = {}): RefreshScheduler {
  let timer: unknown = null;
  let pending = false;
  let paused = false;

  const cancel = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const arm = () => {
    if (timer !== null || paused || !pending) return;
    timer = timers.set(() => {
      timer = null;
      if (paused) return;
      pending = false;
      run();
    }, delayMs);
  };

  return {
    request() {
      pending = true;
      arm();
    },
    setPaused(next) {
      paused = next;
      if (paused) cancel();
      else arm();
    },
    cancel() {
      pending = false;
      cancel();
    },
  };
}
