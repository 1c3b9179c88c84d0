import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { funnelOf, type FormFunnel, type FrequentError } from "./funnel";
import { formSections } from "./schemas";
import { resolvePeriod, type FormAnalyticsQuery } from "./period";

export const trackedForm = "hosting-request";

type CountsRow = {
  views: number;
  starts: number;
  submissions: number;
  sections: Record<string, number> | null;
  median: number | null;
  errors: FrequentError[] | null;
};

/**
 * A form's funnel over its events in [from, to), counted by the database in one statement: only
 * the figures leave it, never the events (a month of a busy form is hundreds of thousands). Each
 * session's sections are a bitmask of their places in `sections` (at most 31), so sessions are
 * grouped by hashing rather than sorted. It
 * counts as formFunnel() does over the same events, which the integration tests check on random
 * sets of events: a session counts once per step however many events it sent, and a session that
 * submitted or completed a section has started even when its START is missing.
 */
export async function funnelBetween(
  from: Date,
  to: Date,
  form: string = trackedForm,
  sections: readonly string[] = formSections,
): Promise<FormFunnel> {
  const [row] = await db.$queryRaw<CountsRow[]>`
    WITH sessions AS (
      SELECT bool_or("type" IN ('START', 'SECTION_COMPLETE', 'SUBMIT')) AS "started",
             min("createdAt") FILTER (WHERE "type" = 'START') AS "startedAt",
             min("createdAt") FILTER (WHERE "type" = 'SUBMIT') AS "submittedAt",
             max("durationMs") FILTER (WHERE "type" = 'SUBMIT') AS "submitDuration",
             bit_or(CASE WHEN "type" = 'SECTION_COMPLETE' THEN 1 << (array_position(${sections}::text[], "section") - 1) END) AS "sections"
      FROM "FormEvent" WHERE "form" = ${form} AND "createdAt" >= ${from} AND "createdAt" < ${to}
      GROUP BY "sessionId"
    ), submitted AS (
      SELECT CASE WHEN "startedAt" IS NOT NULL AND "submittedAt" >= "startedAt"
                  THEN extract(epoch FROM "submittedAt" - "startedAt") * 1000 ELSE "submitDuration" END AS "ms"
      FROM sessions WHERE "started" AND "submittedAt" IS NOT NULL
    )
    SELECT (SELECT count(*)::int FROM sessions) AS "views",
           (SELECT count(*)::int FROM sessions WHERE "started") AS "starts",
           (SELECT count(*)::int FROM submitted) AS "submissions",
           (SELECT json_object_agg("section", (SELECT count(*)::int FROM sessions WHERE "started" AND "sections" & (1 << ("index" - 1)::int) <> 0))
            FROM unnest(${sections}::text[]) WITH ORDINALITY AS listed("section", "index")) AS "sections",
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "ms") FROM submitted WHERE "ms" IS NOT NULL) AS "median",
           (SELECT json_agg(json_build_object('field', "field", 'message', "message", 'sessions', "sessions", 'occurrences', "occurrences"))
            FROM (SELECT "field", "message", count(DISTINCT "sessionId")::int AS "sessions", count(*)::int AS "occurrences"
                  FROM "FormEvent"
                  WHERE "form" = ${form} AND "type" = 'VALIDATION_ERROR' AND "createdAt" >= ${from} AND "createdAt" < ${to}
                    AND "field" <> '' AND "message" <> ''
                  GROUP BY "field", "message") AS e) AS "errors"`;
  return funnelOf(
    {
      views: row.views,
      starts: row.starts,
      submissions: row.submissions,
      sections: row.sections ?? {},
      medianCompletionMs: row.median === null ? null : Math.round(Number(row.median)),
      errors: row.errors ?? [],
    },
    sections,
  );
}

/** How many of the most frequent validation errors are listed. */
const topErrors = 10;

/** The hosting request form's funnel over a period, for LivePulse readers. */
export async function formAnalytics(actor: Actor, query: FormAnalyticsQuery, now = new Date()) {
  assertCan(actor, "livepulse:read");
  const period = resolvePeriod(query, now);
  const funnel = await funnelBetween(period.from, period.to);
  return {
    period: { preset: period.preset, from: period.from.toISOString(), to: period.to.toISOString() },
    ...funnel,
    errors: funnel.errors.slice(0, topErrors),
  };
}

/** Percent of the form sessions seen in the window that started and were not submitted (0 without starts). */
export async function formAbandonmentRate(windowMinutes: number, now: Date = new Date()): Promise<number> {
  const funnel = await funnelBetween(new Date(now.getTime() - windowMinutes * 60_000), now);
  return Math.round(funnel.abandonmentRate * 1000) / 10;
}
