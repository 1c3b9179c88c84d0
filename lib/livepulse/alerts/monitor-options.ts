import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";

/** The monitors a MONITOR_DOWN rule may watch, for the rule editor. */
export async function listMonitorOptions(actor: Actor) {
  assertCan(actor, "livepulse:manage");
  return db.serviceCheck.findMany({ orderBy: [{ builtin: "desc" }, { name: "asc" }], select: { id: true, name: true } });
}
