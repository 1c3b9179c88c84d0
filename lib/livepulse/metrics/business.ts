import "server-only";
import { db } from "../../db";

/** The form whose submissions LivePulse counts: the hosting configuration form. */
export const WATCHED_FORM = "hosting-request";

export type BusinessCounter = "formSubmissions" | "newLeads" | "newTickets";

/** Rows created in (since, until]: one count per business figure. */
export function countCreated(counter: BusinessCounter, since: Date, until: Date): Promise<number> {
  const createdAt = { gt: since, lte: until };
  switch (counter) {
    case "formSubmissions":
      return db.formEvent.count({ where: { form: WATCHED_FORM, type: "SUBMIT", createdAt } });
    case "newLeads":
      return db.cRMLead.count({ where: { createdAt } });
    case "newTickets":
      return db.cRMTicket.count({ where: { createdAt } });
  }
}

type HourCount = { hour: Date; n: number };

/** Rows created per UTC hour from `since` on, for the last day's charts. */
export async function countPerHour(counter: BusinessCounter, since: Date, until: Date): Promise<Map<number, number>> {
  let rows: HourCount[];
  switch (counter) {
    case "formSubmissions":
      rows = await db.$queryRaw<HourCount[]>`
        SELECT date_trunc('hour', "createdAt") AS hour, COUNT(*)::int AS n FROM "FormEvent"
        WHERE "form" = ${WATCHED_FORM} AND "type" = 'SUBMIT' AND "createdAt" > ${since} AND "createdAt" <= ${until}
        GROUP BY 1`;
      break;
    case "newLeads":
      rows = await db.$queryRaw<HourCount[]>`
        SELECT date_trunc('hour', "createdAt") AS hour, COUNT(*)::int AS n FROM "CRMLead"
        WHERE "createdAt" > ${since} AND "createdAt" <= ${until} GROUP BY 1`;
      break;
    case "newTickets":
      rows = await db.$queryRaw<HourCount[]>`
        SELECT date_trunc('hour', "createdAt") AS hour, COUNT(*)::int AS n FROM "CRMTicket"
        WHERE "createdAt" > ${since} AND "createdAt" <= ${until} GROUP BY 1`;
      break;
  }
  return new Map(rows.map((r) => [new Date(r.hour).getTime(), Number(r.n)]));
}
