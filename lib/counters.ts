import "server-only";
import type { Tx } from "./db";

/**
 * The next value of a named counter; the row lock serialises concurrent callers until the caller's
 * transaction ends (given `db`, the statement is its own transaction).
 */
export async function nextCounterValue(tx: Pick<Tx, "$queryRaw">, name: string): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ value: number }>>`
    INSERT INTO "Counter" ("name", "value") VALUES (${name}, 1)
    ON CONFLICT ("name") DO UPDATE SET "value" = "Counter"."value" + 1
    RETURNING "value"`;
  return rows[0].value;
}

export const requestCounterName = (year: number) => `hosting-request-${year}`;

export function requestReference(year: number, value: number): string {
  return `HR-${year}-${String(value).padStart(5, "0")}`;
}
