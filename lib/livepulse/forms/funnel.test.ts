import { describe, expect, it } from "vitest";
import { formFunnel, type FunnelEvent } from "./funnel";

const t0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const at = (seconds: number) => new Date(t0 + seconds * 1000);
const ev = (sessionId: string, type: FunnelEvent["type"], seconds: number, extra: Partial<FunnelEvent> = {}): FunnelEvent => ({
  sessionId,
  type,
  at: at(seconds),
  ...extra,
});
const complete = (sessionId: string, section: string, seconds: number) => ev(sessionId, "SECTION_COMPLETE", seconds, { section });

/** Four visitors: one only looks, one gives up after the first section, two submit (in 100 s and 300 s). */
const known: FunnelEvent[] = [
  ev("a", "VIEW", 0),
  ev("b", "VIEW", 0),
  ev("b", "START", 10),
  complete("b", "customer", 40),
  ev("b", "VALIDATION_ERROR", 50, { section: "domain", field: "domainName", message: "domainInvalid" }),
  ev("b", "ABANDON", 60),
  ...["c", "d"].flatMap((s, i) => [
    ev(s, "VIEW", 0),
    ev(s, "START", 0),
    ...["customer", "resources", "domain", "options", "summary"].map((section, j) => complete(s, section, 10 * (j + 1))),
    ev(s, "SUBMIT", i === 0 ? 100 : 300),
  ]),
  ev("c", "VALIDATION_ERROR", 20, { section: "domain", field: "domainName", message: "domainInvalid" }),
  ev("c", "VALIDATION_ERROR", 25, { section: "domain", field: "domainName", message: "domainInvalid" }),
  ev("d", "VALIDATION_ERROR", 20, { section: "customer", field: "contactPhone", message: "phoneInvalid" }),
];

describe("formFunnel", () => {
  it("counts views, starts, sections, submissions, abandonment, conversion and the median time", () => {
    const funnel = formFunnel(known);
    expect(funnel).toMatchObject({ views: 4, starts: 3, submissions: 2, abandoned: 1, medianCompletionMs: 200_000 });
    expect(funnel.abandonmentRate).toBeCloseTo(1 / 3);
    expect(funnel.conversionRate).toBe(0.5);
    expect(funnel.steps.map((s) => [s.key, s.sessions, s.dropOff])).toEqual([
      ["VIEW", 4, 0],
      ["START", 3, 1],
      ["customer", 3, 0],
      ["resources", 2, 1],
      ["domain", 2, 0],
      ["options", 2, 0],
      ["summary", 2, 0],
      ["SUBMIT", 2, 0],
    ]);
    expect(funnel.steps[3].ofStarts).toBeCloseTo(2 / 3);
    expect(funnel.steps[3].dropOffRate).toBeCloseTo(1 / 3);
    expect(funnel.steps[0].ofStarts).toBeNull();
  });

  it("ranks validation errors by the sessions that met them, then by occurrences", () => {
    expect(formFunnel(known).errors).toEqual([
      { field: "domainName", message: "domainInvalid", sessions: 2, occurrences: 3 },
      { field: "contactPhone", message: "phoneInvalid", sessions: 1, occurrences: 1 },
    ]);
  });

  it("gives the same figures when events are resent or arrive out of order", () => {
    const withIds = known.map((e, i) => ({ ...e, id: `e${i}` }));
    const shuffled = [...withIds, ...withIds.slice(0, 10)].reverse();
    expect(formFunnel(shuffled)).toEqual(formFunnel(withIds));
    // A session viewed twice (a remount) is still one view and one start.
    expect(formFunnel([ev("x", "VIEW", 0), ev("x", "VIEW", 1), ev("x", "START", 2), ev("x", "START", 3)])).toMatchObject({
      views: 1,
      starts: 1,
    });
  });

  it("uses the time from the first START, or the submission's own duration when the START is missing", () => {
    const funnel = formFunnel([
      ev("late", "SUBMIT", 500),
      ev("late", "START", 100),
      ev("late", "START", 50),
      ev("nostart", "SUBMIT", 10, { durationMs: 60_000 }),
    ]);
    expect(funnel).toMatchObject({ views: 2, starts: 2, submissions: 2, abandoned: 0 });
    // 450 s and 60 s.
    expect(funnel.medianCompletionMs).toBe(255_000);
  });

  it("counts grouped rows by their session, and an empty period as zeros", () => {
    expect(formFunnel([ev("g", "VIEW", 0, { count: 5 }), ev("g", "START", 1, { count: 2 })])).toMatchObject({ views: 1, starts: 1 });
    expect(formFunnel([])).toMatchObject({
      views: 0,
      starts: 0,
      submissions: 0,
      abandoned: 0,
      abandonmentRate: 0,
      conversionRate: 0,
      medianCompletionMs: null,
      errors: [],
    });
    expect(formFunnel([]).steps.every((s) => s.sessions === 0 && s.dropOff === 0)).toBe(true);
  });
});
