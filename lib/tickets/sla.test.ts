import { describe, expect, it } from "vitest";
import {
  activeDueAt,
  breachColumns,
  clockAfterStatus,
  durationParts,
  nextClock,
  pendingBreach,
  slaDeadlines,
  slaView,
  type SlaClock,
} from "./sla";

const t0 = new Date("2026-03-02T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const normal = { firstResponseMinutes: 8 * 60, resolutionMinutes: 48 * 60 };

function fresh(): SlaClock {
  return {
    status: "OPEN",
    createdAt: t0,
    firstRespondedAt: null,
    resolvedAt: null,
    pausedAt: null,
    pausedMs: 0,
    slaBreachedAt: null,
    ...slaDeadlines(t0, normal, 0),
  };
}

describe("slaDeadlines", () => {
  it("adds the policy's minutes and the paused time to the creation time", () => {
    expect(slaDeadlines(t0, normal, 0)).toEqual({ firstResponseDueAt: at(480), resolutionDueAt: at(2880) });
    expect(slaDeadlines(t0, normal, 30 * 60_000).firstResponseDueAt).toEqual(at(510));
  });
});

describe("the clock", () => {
  it("runs on the first response until a staff reply, then on the resolution", () => {
    const clock = fresh();
    expect(activeDueAt(clock)).toEqual(at(480));
    expect(activeDueAt({ ...clock, firstRespondedAt: at(10) })).toEqual(at(2880));
  });

  it("stops while waiting for the customer and pushes both deadlines by the pause", () => {
    const waiting = clockAfterStatus({ ...fresh(), firstRespondedAt: at(30) }, "WAITING_CUSTOMER", at(60));
    expect(waiting.pausedAt).toEqual(at(60));
    expect(waiting.slaDueAt).toBeNull();
    // Three hours later the time left is what it was when the wait began.
    expect(slaView(waiting, at(240))).toMatchObject({ state: "paused", phase: "resolution", remainingMs: (2880 - 60) * 60_000 });

    const resumed = clockAfterStatus(waiting, "IN_PROGRESS", at(240));
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.pausedMs).toBe(180 * 60_000);
    expect(resumed.resolutionDueAt).toEqual(at(2880 + 180));
    expect(resumed.firstResponseDueAt).toEqual(at(480 + 180));
    expect(resumed.slaDueAt).toEqual(at(3060));
  });

  it("does not pause twice when a waiting ticket is set to waiting again", () => {
    const waiting = clockAfterStatus(fresh(), "WAITING_CUSTOMER", at(60));
    expect(clockAfterStatus(waiting, "WAITING_CUSTOMER", at(90)).pausedAt).toEqual(at(60));
  });

  it("stamps the resolution and clears it when the ticket reopens", () => {
    const resolved = clockAfterStatus({ ...fresh(), firstRespondedAt: at(5) }, "RESOLVED", at(100));
    expect(resolved.resolvedAt).toEqual(at(100));
    expect(resolved.slaDueAt).toBeNull();
    expect(clockAfterStatus(resolved, "CLOSED", at(200)).resolvedAt).toEqual(at(100));
    const reopened = clockAfterStatus(resolved, "OPEN", at(300));
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.slaDueAt).toEqual(at(2880));
  });

  it("resolving a waiting ticket counts the pause up to the resolution", () => {
    const waiting = clockAfterStatus(fresh(), "WAITING_CUSTOMER", at(60));
    const resolved = clockAfterStatus(waiting, "RESOLVED", at(120));
    expect(resolved.pausedMs).toBe(60 * 60_000);
    expect(resolved.pausedAt).toBeNull();
  });
});

describe("slaView", () => {
  it("is on track, then at risk in the last hour, then breached with the overdue time", () => {
    expect(slaView(fresh(), at(0))).toMatchObject({ state: "on_track", phase: "firstResponse", remainingMs: 480 * 60_000 });
    expect(slaView(fresh(), at(430))).toMatchObject({ state: "at_risk", remainingMs: 50 * 60_000 });
    expect(slaView(fresh(), at(500))).toMatchObject({ state: "breached", remainingMs: -20 * 60_000 });
  });

  it("says whether a finished ticket met its SLA", () => {
    const onTime = clockAfterStatus({ ...fresh(), firstRespondedAt: at(5) }, "RESOLVED", at(100));
    expect(slaView(onTime, at(5000)).state).toBe("met");
    const late = clockAfterStatus({ ...fresh(), firstRespondedAt: at(5) }, "RESOLVED", at(3000));
    expect(slaView(late, at(5000)).state).toBe("missed");
    expect(slaView({ ...onTime, slaBreachedAt: at(490) }, at(5000)).state).toBe("missed");
  });
});

describe("durationParts", () => {
  it("splits a duration, overdue or not, into days, hours and minutes", () => {
    expect(durationParts(26 * 3_600_000 + 5 * 60_000)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(durationParts(-90 * 60_000)).toEqual({ days: 0, hours: 1, minutes: 30 });
  });
});

describe("pendingBreach", () => {
  const unrecorded = { firstResponseBreachedAt: null, resolutionBreachedAt: null };

  it("reports the running deadline once it has passed, and only until it is recorded", () => {
    const clock = { ...fresh(), ...unrecorded };
    expect(pendingBreach(clock, at(479))).toBeNull();
    expect(pendingBreach(clock, at(481))).toEqual({ phase: "firstResponse", dueAt: at(480) });
    expect(pendingBreach({ ...clock, firstResponseBreachedAt: at(480) }, at(600))).toBeNull();
  });

  it("moves on to the resolution deadline after the first reply", () => {
    const answered = { ...fresh(), ...unrecorded, firstResponseBreachedAt: at(480), firstRespondedAt: at(500) };
    expect(pendingBreach(answered, at(2000))).toBeNull();
    expect(pendingBreach(answered, at(2881))).toEqual({ phase: "resolution", dueAt: at(2880) });
  });

  it("never reports while the clock is paused or once the ticket is done", () => {
    const waiting = { ...clockAfterStatus(fresh(), "WAITING_CUSTOMER", at(60)), ...unrecorded };
    expect(pendingBreach(waiting, at(5000))).toBeNull();
    const resolved = { ...clockAfterStatus(fresh(), "RESOLVED", at(60)), ...unrecorded };
    expect(pendingBreach(resolved, at(5000))).toBeNull();
  });

  it("records the first breach in slaBreachedAt and keeps it after a second one", () => {
    expect(breachColumns({ phase: "firstResponse", dueAt: at(480) }, { slaBreachedAt: null })).toEqual({
      firstResponseBreachedAt: at(480),
      slaBreachedAt: at(480),
    });
    expect(breachColumns({ phase: "resolution", dueAt: at(2880) }, { slaBreachedAt: at(480) })).toEqual({
      resolutionBreachedAt: at(2880),
      slaBreachedAt: at(480),
    });
  });
});

describe("nextClock", () => {
  const ticket = () => ({ ...fresh(), firstResponseBreachedAt: null, resolutionBreachedAt: null });

  it("a first staff reply moves the clock to the resolution deadline", () => {
    const next = nextClock(ticket(), { respond: true }, at(30));
    expect(next.firstRespondedAt).toEqual(at(30));
    expect(next.slaDueAt).toEqual(at(2880));
    expect(next.slaBreachedAt).toBeNull();
    // A second reply changes nothing.
    expect(nextClock(next, { respond: true }, at(60)).firstRespondedAt).toEqual(at(30));
  });

  it("a late first reply records the first-response breach", () => {
    const next = nextClock(ticket(), { respond: true }, at(500));
    expect(next.firstResponseBreachedAt).toEqual(at(480));
    expect(next.slaBreachedAt).toEqual(at(480));
    expect(next.slaDueAt).toEqual(at(2880));
  });

  it("a late resolution records the resolution breach and the ticket shows as missed", () => {
    const answered = nextClock(ticket(), { respond: true }, at(30));
    const resolved = nextClock(answered, { status: "RESOLVED" }, at(3000));
    expect(resolved.resolutionBreachedAt).toEqual(at(2880));
    expect(resolved.slaDueAt).toBeNull();
    expect(slaView(resolved, at(3000)).state).toBe("missed");
  });

  it("a new priority recomputes both deadlines, counting the pauses so far", () => {
    const waited = nextClock(nextClock(ticket(), { status: "WAITING_CUSTOMER" }, at(60)), { status: "OPEN" }, at(120));
    const urgent = nextClock(waited, { targets: { firstResponseMinutes: 60, resolutionMinutes: 480 } }, at(130));
    expect(urgent.firstResponseDueAt).toEqual(at(60 + 60));
    expect(urgent.resolutionDueAt).toEqual(at(480 + 60));
    expect(urgent.slaDueAt).toEqual(at(120));
  });
});
