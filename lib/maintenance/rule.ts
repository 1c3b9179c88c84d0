import type { WindowRule } from "./recurrence";

/** A stored window as the recurrence functions read it. */
export function ruleOf(row: {
  startsAt: Date;
  endsAt: Date;
  recurrence: WindowRule["recurrence"];
  repeatUntil: Date | null;
  cancelledAt: Date | null;
}): WindowRule {
  return {
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    recurrence: row.recurrence,
    repeatUntil: row.repeatUntil ? row.repeatUntil.toISOString().slice(0, 10) : null,
    cancelledAt: row.cancelledAt,
  };
}
