import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import { runCheck } from "./run-check";
import { publishMonitorUpdate } from "./events";

async function findOrThrow(id: string) {
  const check = await db.serviceCheck.findUnique({ where: { id } });
  if (!check) throw new AppError("NOT_FOUND", "This monitor does not exist.");
  return check;
}

/** Checks one monitor at once, whether it is due or not, and returns its new state. */
export async function checkMonitorNow(actor: Actor, id: string) {
  assertCan(actor, "livepulse:manage");
  const check = await findOrThrow(id);
  const checked = await runCheck(check);
  if (!checked) throw new AppError("NOT_FOUND", "This monitor does not exist.");
  await publishMonitorUpdate([checked]);
  return findOrThrow(id);
}
