import { describe, expect, it } from "vitest";
import { jobRunner } from "./runner";

/** A job whose runs the test finishes by hand. */
function controllableJob() {
  const runs: Array<() => void> = [];
  const run = () => new Promise<void>((resolve) => runs.push(resolve));
  return { runs, run };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a periodic job's runner", () => {
  it("skips a tick while a run is in flight", async () => {
    const job = controllableJob();
    const runner = jobRunner(
      job.run,
      async () => true,
      () => undefined,
    );
    runner.tick();
    await settle();
    runner.tick();
    await settle();
    expect(job.runs).toHaveLength(1);
    job.runs[0]();
    await settle();
    runner.tick();
    await settle();
    expect(job.runs).toHaveLength(2);
  });

  it("runs now after the run in flight, and resolves when its own run is done", async () => {
    const job = controllableJob();
    const runner = jobRunner(
      job.run,
      async () => true,
      () => undefined,
    );
    runner.tick();
    await settle();
    let done = false;
    const asked = runner.runNow().then(() => {
      done = true;
    });
    await settle();
    expect(job.runs).toHaveLength(1);
    job.runs[0]();
    await settle();
    expect(job.runs).toHaveLength(2);
    expect(done).toBe(false);
    job.runs[1]();
    await asked;
    expect(done).toBe(true);
  });

  it("does not run where it may not (another instance leads), and reports a failure without throwing", async () => {
    let ran = 0;
    const idle = jobRunner(
      async () => ran++,
      async () => false,
      () => undefined,
    );
    await idle.runNow();
    expect(ran).toBe(0);

    const errors: unknown[] = [];
    const failing = jobRunner(
      async () => Promise.reject(new Error("down")),
      async () => true,
      (e) => errors.push(e),
    );
    await failing.runNow();
    expect(errors).toHaveLength(1);
  });
});
