import { describe, expect, it } from "vitest";
import { takingAtLeast } from "./steady-timing";

describe("takingAtLeast", () => {
  it("waits out the floor after quick work, and hands back its result", async () => {
    const started = performance.now();
    await expect(takingAtLeast(120, async () => 7)).resolves.toBe(7);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it("waits the same after a failure", async () => {
    const started = performance.now();
    await expect(takingAtLeast(120, () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it("adds nothing to work slower than the floor", async () => {
    const started = performance.now();
    await takingAtLeast(20, () => new Promise((resolve) => setTimeout(resolve, 80)));
    expect(performance.now() - started).toBeLessThan(400);
  });
});
