import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import type { FormEventBatch } from "./schemas";
import { announceFormMetrics } from "./events";

/** Stores a form's analytics events; SUBMIT is written by the submission itself, in its transaction. */
export async function recordFormEvents(actor: Actor | null, batch: FormEventBatch): Promise<number> {
  const { count } = await db.formEvent.createMany({
    data: batch.events.map((event) => ({ form: batch.form, sessionId: batch.sessionId, userId: actor?.id ?? null, ...event })),
  });
  announceFormMetrics();
  return count;
}
