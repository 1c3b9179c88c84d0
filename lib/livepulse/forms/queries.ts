import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client.ts";
import { funnelOf, type FormFunnel, type FrequentError } from "./funnel";
import { formSections } from "./schemas";
import { resolvePeriod, type FormAnalyticsQuery } from "./period";

export const trackedForm = "hosting-request";

type CountsRow = { views: number; starts: number; submissions: number; median: number | null };

/**
 * The sessions of a form that have events on both sides of instant `at`: those of an hour or less
 * begun in the hour before it, the longer ones from their own index (whose condition is written
 * here as the index's is, so that PostgreSQL uses it).
 */
function sessionsAcross(form: string, at: Date) {
  return Prisma.sql`
    SELECT "sessionId" FROM "FormSession"
    WHERE "form" = ${form} AND "firstAt" >= ${at}::timestamp(3) - interval '1 hour' AND "firstAt" < ${at}::timestamp(3) AND "lastAt" >= ${at}::timestamp(3)
    UNION
    SELECT "sessionId" FROM "FormSession"
    WHERE "form" = ${form} AND ("lastAt" - "firstAt") > '01:00:00'::interval AND "lastAt" >= ${at}::timestamp(3) AND "firstAt" < ${at}::timestamp(3)`;
}

/**
 * A form's funnel over its events in [from, to), counted by the database in three statements: only
 * the figures leave it, never the events (a month of a busy form is hundreds of thousands). The
 * sessions whose events all lie in the period are read from their kept rows (FormSession, one per
 * session, kept by triggers on FormEvent); the few across its start or end are grouped from their
 * events in the period. It counts as formFunnel() does over the same events, which the integration
 * tests check on random sets of events: a session counts once per step however many events it
 * sent, and a session that submitted or completed a section has started even when its START is
 * missing.
 */
export async function funnelBetween(
  from: Date,
  to: Date,
  form: string = trackedForm,
  sections: readonly string[] = formSections,
): Promise<FormFunnel> {
  // The period's sessions: those whose events all lie in it from their kept rows, the few across
  // its start or end grouped from their events in it.
  const sessions = Prisma.sql`
    WITH across AS (${sessionsAcross(form, from)} UNION ${sessionsAcross(form, to)}
    ), sessions AS (
      SELECT "started", "startedAt", "submittedAt", "submitDurationMs", "sections" FROM "FormSession"
      WHERE "form" = ${form} AND "firstAt" >= ${from}::timestamp(3) AND "lastAt" < ${to}::timestamp(3)
      UNION ALL
      SELECT bool_or("type" IN ('START', 'SECTION_COMPLETE', 'SUBMIT')),
             min("createdAt") FILTER (WHERE "type" = 'START'),
             min("createdAt") FILTER (WHERE "type" = 'SUBMIT'),
             max("durationMs") FILTER (WHERE "type" = 'SUBMIT'),
             COALESCE(array_agg(DISTINCT "section" ORDER BY "section") FILTER (WHERE "type" = 'SECTION_COMPLETE' AND "section" IS NOT NULL), '{}')
      FROM "FormEvent"
      WHERE "form" = ${form} AND "sessionId" = ANY (ARRAY(SELECT "sessionId" FROM across))
        AND "createdAt" >= ${from}::timestamp(3) AND "createdAt" < ${to}::timestamp(3)
      GROUP BY "sessionId"
    )`;
  // Three statements side by side (a core each, as far as there are): the counts and the median;
  // the started sessions per set of completed sections (a handful of sets, cheaper to group than to
  // search each session's sections for every step); the most frequent validation errors, from
  // their partial index alone. The durations are whole milliseconds in double precision: `extract`
  // would give numerics, whose arithmetic and sorting took half of the first statement's time.
  const [[row], sectionSets, errors] = await Promise.all([
    db.$queryRaw<CountsRow[]>`${sessions}
      SELECT count(*)::int AS "views",
             count(*) FILTER (WHERE "started")::int AS "starts",
             count(*) FILTER (WHERE "started" AND "submittedAt" IS NOT NULL)::int AS "submissions",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY "ms") FILTER (WHERE "started" AND "submittedAt" IS NOT NULL) AS "median"
      FROM (SELECT *, CASE WHEN "startedAt" IS NOT NULL AND "submittedAt" >= "startedAt"
                           THEN round(date_part('epoch', "submittedAt" - "startedAt") * 1000) ELSE "submitDurationMs" END AS "ms"
            FROM sessions) AS timed`,
    db.$queryRaw<Array<{ sections: string[]; sessions: number }>>`${sessions}
      SELECT "sections", count(*)::int AS "sessions" FROM sessions WHERE "started" GROUP BY 1`,
    db.$queryRaw<FrequentError[]>`
      SELECT "field", "message", count(DISTINCT "sessionId")::int AS "sessions", count(*)::int AS "occurrences"
      FROM "FormEvent"
      WHERE "form" = ${form} AND "type" = 'VALIDATION_ERROR' AND "createdAt" >= ${from} AND "createdAt" < ${to}
        AND "field" <> '' AND "message" <> ''
      GROUP BY "field", "message"`,
  ]);
  const completed = (section: string) => sectionSets.reduce((count, set) => count + (set.sections.includes(section) ? set.sessions : 0), 0);
  return funnelOf(
    {
      views: row.views,
      starts: row.starts,
      submissions: row.submissions,
      sections: Object.fromEntries(sections.map((section) => [section, completed(section)])),
      medianCompletionMs: row.median === null ? null : Math.round(Number(row.median)),
      errors,
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
