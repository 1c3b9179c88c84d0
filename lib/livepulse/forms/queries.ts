import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client.ts";
import { funnelOf, type FormFunnel, type FrequentError } from "./funnel";
import { formSections } from "./schemas";
import { resolvePeriod, wholeDays, type FormAnalyticsQuery } from "./period";

export const trackedForm = "hosting-request";

type CountsRow = { views: number; starts: number; submissions: number; median: number | null; sections: Record<string, number> };

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

/** An instant handed to a statement, as the kept rows' timestamps are written. */
const instant = (at: Date) => Prisma.sql`${at}::timestamp(3)`;

/** The whole days of [from, to) one by one: the first instant of each. */
const daysOf = (days: { from: Date; to: Date }) =>
  Prisma.sql`generate_series(${instant(days.from)}, ${instant(days.to)} - interval '1 day', interval '1 day')`;

/**
 * The kept rows of the sessions begun in [from, until) and ended before `endedBefore`; with
 * `overDays`, only those ended on a later day than they began (read from their own index, whose
 * condition is written here as the index's is).
 */
function sessionsBegun(form: string, from: Prisma.Sql, until: Prisma.Sql, endedBefore: Prisma.Sql, overDays = false) {
  return Prisma.sql`
    SELECT "started", "startedAt", "submittedAt", "submitDurationMs", "sections" FROM "FormSession"
    WHERE "form" = ${form} AND "firstAt" >= ${from} AND "firstAt" < ${until} AND "lastAt" < ${endedBefore}
      ${overDays ? Prisma.sql`AND date_trunc('day', "firstAt") <> date_trunc('day', "lastAt")` : Prisma.empty}`;
}

/**
 * The sessions whose events all fall on `day` (a column of the outer query): read day by day from
 * the index on their beginning, LATERAL, since the planner would otherwise join a series of days it
 * cannot count with every session of the form.
 */
function dayOfSessions(form: string, day: Prisma.Sql) {
  const end = Prisma.sql`${day} + interval '1 day'`;
  return Prisma.sql`(${sessionsBegun(form, day, end, end)})`;
}

/** A session's completion time: from its first START to its first SUBMIT, or else what its SUBMIT reported. */
const completionMs = Prisma.sql`CASE WHEN "startedAt" IS NOT NULL AND "submittedAt" >= "startedAt"
  THEN round(date_part('epoch', "submittedAt" - "startedAt") * 1000) ELSE "submitDurationMs" END`;

/**
 * Sums up the whole days of `days` that have no summary, or a stale one, in one statement: each
 * day's sessions whose events all fall on it. A day whose version moved since this statement's
 * snapshot (a change committed meanwhile) is not kept: the funnel then counts it from its sessions.
 */
function sumUpDays(form: string, days: { from: Date; to: Date }) {
  return db.$executeRaw`
    WITH days AS (
      SELECT g."day", COALESCE(f."version", 0) AS "version"
      FROM ${daysOf(days)} AS g("day")
      LEFT JOIN "FormDay" f ON f."form" = ${form} AND f."day" = g."day"
      WHERE f."day" IS NULL OR f."stale"
    ), sessions AS (
      SELECT days."day", s."started", s."submittedAt" IS NOT NULL AS "submitted", s."sections", (${completionMs})::int AS "ms"
      FROM days CROSS JOIN LATERAL ${dayOfSessions(form, Prisma.sql`days."day"`)} AS s
    ), counted AS (
      SELECT "day", count(*)::int AS "views", count(*) FILTER (WHERE "started")::int AS "starts",
             count(*) FILTER (WHERE "started" AND "submitted")::int AS "submissions",
             array_agg("ms") FILTER (WHERE "started" AND "submitted" AND "ms" IS NOT NULL) AS "durations"
      FROM sessions GROUP BY "day"
    ), completed AS (
      SELECT "day", jsonb_object_agg("section", "sessions") AS "sections"
      FROM (SELECT "day", section AS "section", count(*)::int AS "sessions" FROM sessions, unnest(sessions."sections") AS section
            WHERE "started" GROUP BY 1, 2) AS per_section
      GROUP BY "day"
    )
    INSERT INTO "FormDay" AS d ("form", "day", "views", "starts", "submissions", "sections", "durations", "version")
    SELECT ${form}, days."day", COALESCE(c."views", 0), COALESCE(c."starts", 0), COALESCE(c."submissions", 0),
           COALESCE(completed."sections", '{}'), COALESCE(c."durations", '{}'), days."version"
    FROM days LEFT JOIN counted c ON c."day" = days."day" LEFT JOIN completed ON completed."day" = days."day"
    ORDER BY days."day"
    ON CONFLICT ("form", "day") DO UPDATE SET "views" = excluded."views", "starts" = excluded."starts",
      "submissions" = excluded."submissions", "sections" = excluded."sections", "durations" = excluded."durations", "stale" = false
    WHERE d."version" = excluded."version"`;
}

/**
 * A form's funnel over its events in [from, to), counted by the database: only the figures leave
 * it, never the events (a month of a busy form is hundreds of thousands). Each whole day of the
 * period that has ended is read from its summary (FormDay: the day's sessions whose events all fall
 * on it, summed up the first time they are needed and again after a change); the other sessions
 * whose events all lie in the period, from their kept rows (FormSession, one per session, kept by
 * triggers on FormEvent); the few across its start or end are grouped from their events in the
 * period. It counts as formFunnel() does over the same events, which the integration tests check on
 * random sets of events: a session counts once per step however many events it sent, and a session
 * that submitted or completed a section has started even when its START is missing.
 */
export async function funnelBetween(
  from: Date,
  to: Date,
  form: string = trackedForm,
  sections: readonly string[] = formSections,
  now: Date = new Date(),
): Promise<FormFunnel> {
  const whole = wholeDays(from, to, now);
  // Every session whose events all lie in the period, but those of the whole days' summaries: begun
  // before the first whole day, after the last, on one and ended on a later one, on a whole day
  // without a summary; and those across the period's start or end, from their events.
  const counts = db.$queryRaw<CountsRow[]>`
    WITH across AS (${sessionsAcross(form, from)} UNION ${sessionsAcross(form, to)}
    ), unsummed AS (
      SELECT g."day" FROM ${daysOf(whole)} AS g("day")
      WHERE NOT EXISTS (SELECT 1 FROM "FormDay" f WHERE f."form" = ${form} AND f."day" = g."day" AND NOT f."stale")
    ), sessions AS (
      ${sessionsBegun(form, instant(from), instant(whole.from), instant(to))}
      UNION ALL
      ${sessionsBegun(form, instant(whole.to), instant(to), instant(to))}
      UNION ALL
      ${sessionsBegun(form, instant(whole.from), instant(whole.to), instant(to), true)}
      UNION ALL
      SELECT s.* FROM unsummed u CROSS JOIN LATERAL ${dayOfSessions(form, Prisma.sql`u."day"`)} AS s
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
    ), timed AS (
      SELECT "started", "started" AND "submittedAt" IS NOT NULL AS "submitted", "sections", ${completionMs} AS "ms" FROM sessions
    ), summed AS (
      SELECT "views", "starts", "submissions", "sections", "durations" FROM "FormDay"
      WHERE "form" = ${form} AND "day" >= ${instant(whole.from)} AND "day" < ${instant(whole.to)} AND NOT "stale"
    )
    SELECT ((SELECT count(*) FROM timed) + (SELECT COALESCE(sum("views"), 0) FROM summed))::int AS "views",
           ((SELECT count(*) FROM timed WHERE "started") + (SELECT COALESCE(sum("starts"), 0) FROM summed))::int AS "starts",
           ((SELECT count(*) FROM timed WHERE "submitted") + (SELECT COALESCE(sum("submissions"), 0) FROM summed))::int AS "submissions",
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "ms")
            FROM (SELECT "ms" FROM timed WHERE "submitted" UNION ALL SELECT unnest("durations") FROM summed) AS completions) AS "median",
           (SELECT COALESCE(jsonb_object_agg("section", "sessions"), '{}')
            FROM (SELECT "section", sum("sessions")::int AS "sessions"
                  FROM (SELECT section AS "section", count(*) AS "sessions" FROM timed, unnest(timed."sections") AS section
                        WHERE timed."started" GROUP BY 1
                        UNION ALL
                        SELECT e.key, e.value::int FROM summed, jsonb_each_text(summed."sections") AS e) AS each_part
                  GROUP BY 1) AS per_section) AS "sections"`;
  // The counts once the whole days are summed up, beside the most frequent validation errors, from
  // their partial index alone. The durations are whole milliseconds in double precision: `extract`
  // would give numerics, whose arithmetic and sorting took half the time. Without JIT compilation:
  // PostgreSQL cannot count a series of days, guesses a thousand, each joined with tens of thousands
  // of sessions, and spent 300–700 ms compiling statements that then ran in 2 and 16 ms.
  const summing = whole.to > whole.from ? [sumUpDays(form, whole)] : [];
  const [[row], errors] = await Promise.all([
    db.$transaction([db.$executeRaw`SET LOCAL jit = off`, ...summing, counts]).then((results) => results.at(-1) as CountsRow[]),
    db.$queryRaw<FrequentError[]>`
      SELECT "field", "message", count(DISTINCT "sessionId")::int AS "sessions", count(*)::int AS "occurrences"
      FROM "FormEvent"
      WHERE "form" = ${form} AND "type" = 'VALIDATION_ERROR' AND "createdAt" >= ${from} AND "createdAt" < ${to}
        AND "field" <> '' AND "message" <> ''
      GROUP BY "field", "message"`,
  ]);
  return funnelOf(
    {
      views: row.views,
      starts: row.starts,
      submissions: row.submissions,
      sections: Object.fromEntries(sections.map((section) => [section, row.sections[section] ?? 0])),
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
  const funnel = await funnelBetween(period.from, period.to, trackedForm, formSections, now);
  return {
    period: { preset: period.preset, from: period.from.toISOString(), to: period.to.toISOString() },
    ...funnel,
    errors: funnel.errors.slice(0, topErrors),
  };
}

/** Percent of the form sessions seen in the window that started and were not submitted (0 without starts). */
export async function formAbandonmentRate(windowMinutes: number, now: Date = new Date()): Promise<number> {
  const funnel = await funnelBetween(new Date(now.getTime() - windowMinutes * 60_000), now, trackedForm, formSections, now);
  return Math.round(funnel.abandonmentRate * 1000) / 10;
}
