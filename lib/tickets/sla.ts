/**
 * SLA clock of a ticket: one pure module shared by the server (which stores
 * deadlines) and the browser (which shows the time left as it runs).
 *
 * Deadlines run from the ticket's creation plus the policy's minutes plus the
 * time spent waiting for the customer: while a ticket waits, its clock stops.
 */
import { TicketPriority, TicketStatus } from "../generated/prisma/enums.ts";

export type TicketStatusName = TicketStatus;
export type TicketPriorityName = TicketPriority;
export type SlaTargets = { firstResponseMinutes: number; resolutionMinutes: number };

/** The SLA states a list can be filtered by: open tickets by their running clock, done ones by the outcome. */
export const slaFilterStates = ["on_track", "at_risk", "breached", "paused", "met", "missed"] as const;

/** A deadline closer than this is shown, and filtered, as at risk. */
export const AT_RISK_MS = 60 * 60_000;
const MINUTE = 60_000;

export type SlaClock = {
  status: TicketStatusName;
  createdAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  pausedAt: Date | null;
  pausedMs: number;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaBreachedAt: Date | null;
};

export function isDone(status: TicketStatusName): boolean {
  return status === "RESOLVED" || status === "CLOSED";
}

/** Both deadlines, from the creation time, the policy and the paused time so far. */
export function slaDeadlines(createdAt: Date, targets: SlaTargets, pausedMs: number) {
  const start = createdAt.getTime() + pausedMs;
  return {
    firstResponseDueAt: new Date(start + targets.firstResponseMinutes * MINUTE),
    resolutionDueAt: new Date(start + targets.resolutionMinutes * MINUTE),
  };
}

/** The deadline currently running, or null when the clock is stopped (waiting, resolved, closed). */
export function activeDueAt(clock: Pick<SlaClock, "status" | "pausedAt" | "firstRespondedAt" | "firstResponseDueAt" | "resolutionDueAt">) {
  if (isDone(clock.status) || clock.pausedAt) return null;
  return clock.firstRespondedAt ? clock.resolutionDueAt : clock.firstResponseDueAt;
}

/**
 * The clock fields after a status change at `now`: entering "waiting for the
 * customer" stops the clock; leaving it adds the pause to both deadlines;
 * resolving stamps `resolvedAt`, reopening clears it.
 */
export function clockAfterStatus<C extends SlaClock>(clock: C, next: TicketStatusName, now: Date): C & { slaDueAt: Date | null } {
  let { pausedAt, pausedMs, firstResponseDueAt, resolutionDueAt, resolvedAt } = clock;
  if (pausedAt && next !== "WAITING_CUSTOMER") {
    const paused = Math.max(0, now.getTime() - pausedAt.getTime());
    pausedMs += paused;
    firstResponseDueAt = firstResponseDueAt && new Date(firstResponseDueAt.getTime() + paused);
    resolutionDueAt = resolutionDueAt && new Date(resolutionDueAt.getTime() + paused);
    pausedAt = null;
  }
  if (next === "WAITING_CUSTOMER" && !pausedAt) pausedAt = now;
  if (isDone(next)) resolvedAt = resolvedAt ?? now;
  else resolvedAt = null;
  const updated = { ...clock, status: next, pausedAt, pausedMs, firstResponseDueAt, resolutionDueAt, resolvedAt };
  return { ...updated, slaDueAt: activeDueAt(updated) };
}

export type SlaState = "on_track" | "at_risk" | "breached" | "paused" | "met" | "missed";
export type SlaView = {
  state: SlaState;
  /** Which deadline the figure is about; null once the ticket is done. */
  phase: "firstResponse" | "resolution" | null;
  dueAt: Date | null;
  /** Time left (negative: overdue by); frozen while paused; null once done. */
  remainingMs: number | null;
};

/** What a list shows for a ticket's SLA at `now`. */
export function slaView(clock: SlaClock, now: Date): SlaView {
  if (isDone(clock.status)) {
    const late =
      clock.slaBreachedAt !== null ||
      (clock.resolutionDueAt !== null && clock.resolvedAt !== null && clock.resolvedAt > clock.resolutionDueAt);
    return { state: late ? "missed" : "met", phase: null, dueAt: null, remainingMs: null };
  }
  const phase = clock.firstRespondedAt ? "resolution" : "firstResponse";
  const dueAt = phase === "resolution" ? clock.resolutionDueAt : clock.firstResponseDueAt;
  if (!dueAt) return { state: "on_track", phase, dueAt: null, remainingMs: null };
  if (clock.pausedAt) return { state: "paused", phase, dueAt, remainingMs: dueAt.getTime() - clock.pausedAt.getTime() };
  const remainingMs = dueAt.getTime() - now.getTime();
  const state = remainingMs < 0 ? "breached" : remainingMs < AT_RISK_MS ? "at_risk" : "on_track";
  return { state, phase, dueAt, remainingMs };
}

/** "2 h 05 min" style parts of a duration, for display: the largest two units. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const total = Math.floor(Math.abs(ms) / MINUTE);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

export const ticketStatuses = Object.values(TicketStatus);
export const ticketPriorities = Object.values(TicketPriority);
export const openTicketStatuses = ["OPEN", "IN_PROGRESS", "WAITING_CUSTOMER"] as const satisfies readonly TicketStatusName[];

export type BreachRecord = { firstResponseBreachedAt: Date | null; resolutionBreachedAt: Date | null };
export type PendingBreach = { phase: "firstResponse" | "resolution"; dueAt: Date };

/**
 * The running deadline's breach at `now` when it is not recorded yet: the
 * sweep records (and announces) it, and so does a late first reply or a late
 * resolution, before the clock moves on.
 */
export function pendingBreach(clock: SlaClock & BreachRecord, now: Date): PendingBreach | null {
  const dueAt = activeDueAt(clock);
  if (!dueAt || dueAt.getTime() >= now.getTime()) return null;
  const phase = clock.firstRespondedAt ? "resolution" : "firstResponse";
  const recorded = phase === "firstResponse" ? clock.firstResponseBreachedAt : clock.resolutionBreachedAt;
  return recorded ? null : { phase, dueAt };
}

/** The columns that record a breach; `slaBreachedAt` keeps the first one. */
export function breachColumns(breach: PendingBreach, clock: Pick<SlaClock, "slaBreachedAt">) {
  return {
    ...(breach.phase === "firstResponse" ? { firstResponseBreachedAt: breach.dueAt } : { resolutionBreachedAt: breach.dueAt }),
    slaBreachedAt: clock.slaBreachedAt ?? breach.dueAt,
  };
}

export type TicketClock = SlaClock & BreachRecord;
export type ClockChange = {
  /** A public reply from staff: the first one stops the first-response clock. */
  respond?: boolean;
  status?: TicketStatusName;
  /** New targets (a priority change): both deadlines are recomputed from the creation time. */
  targets?: SlaTargets;
};

/**
 * The clock after a change at `now`. A breach that already happened is
 * recorded first (a late reply or a late resolution still counts as missed);
 * then the targets, the first response and the status apply, in that order.
 */
export function nextClock(clock: TicketClock, change: ClockChange, now: Date): TicketClock & { slaDueAt: Date | null } {
  let next: TicketClock = clock;
  const breach = pendingBreach(next, now);
  if (breach) next = { ...next, ...breachColumns(breach, next) };
  if (change.targets) next = { ...next, ...slaDeadlines(next.createdAt, change.targets, next.pausedMs) };
  if (change.respond && !next.firstRespondedAt) next = { ...next, firstRespondedAt: now };
  if (change.status && change.status !== next.status) next = clockAfterStatus(next, change.status, now);
  return { ...next, slaDueAt: activeDueAt(next) };
}
