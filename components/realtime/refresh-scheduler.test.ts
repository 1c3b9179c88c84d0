import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRefreshScheduler } from "./refresh-scheduler";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createRefreshScheduler", () => {
  it("runs once for a burst of requests, after the delay", () => {
    const run = vi.fn();
    const scheduler = createRefreshScheduler(run, { delayMs: 300 });
    scheduler.request();
    vi.advanceTimersByTime(100);
    scheduler.request();
    scheduler.request();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("is not postponed forever by a steady stream", () => {
    const run = vi.fn();
    const scheduler = createRefreshScheduler(run, { delayMs: 300 });
    for (let i = 0; i < 10; i++) {
      scheduler.request();
      vi.advanceTimersByTime(100);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it("holds requests while paused and runs them once resumed", () => {
    const run = vi.fn();
    const scheduler = createRefreshScheduler(run, { delayMs: 300 });
    scheduler.setPaused(true);
    scheduler.request();
    vi.advanceTimersByTime(5_000);
    expect(run).not.toHaveBeenCalled();
    scheduler.setPaused(false);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("cancels an armed run when paused, e.g. when a drag starts", () => {
    const run = vi.fn();
    const scheduler = createRefreshScheduler(run, { delayMs: 300 });
    scheduler.request();
    vi.advanceTimersByTime(200);
    scheduler.setPaused(true);
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
    scheduler.setPaused(false);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("does nothing when resumed without a request, nor for a cancelled one", () => {
    const run = vi.fn();
    const scheduler = createRefreshScheduler(run, { delayMs: 300 });
    scheduler.setPaused(true);
    scheduler.setPaused(false);
    vi.advanceTimersByTime(1_000);
    scheduler.request();
    scheduler.cancel();
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
    scheduler.request();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
