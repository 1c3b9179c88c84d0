-- CreateTable
CREATE TABLE "FormDay" (
    "form" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,
    "starts" INTEGER NOT NULL DEFAULT 0,
    "submissions" INTEGER NOT NULL DEFAULT 0,
    "sections" JSONB NOT NULL DEFAULT '{}',
    "durations" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "stale" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FormDay_pkey" PRIMARY KEY ("form","day")
);

-- The days whose summary counts these sessions (`sessions`: a table or a query in parentheses with
-- "form", "firstAt" and "lastAt"): a summary holds the sessions whose first and last events fall on
-- its day, so a session begun and ended on one day that has ended (the current day is never summed
-- up) marks that day stale and moves its version on. Run before a change to the sessions and after
-- it: the day a session leaves and the day it joins. A day summed up meanwhile from an older snapshot
-- then fails its version check and is not kept (lib/livepulse/forms/queries.ts). An upsert rather than
-- an update: it waits for a summary being written by another transaction, which an update would not
-- see. Days in order, as the summing up writes them, so that two transactions never wait on each other.
CREATE FUNCTION "form_days_mark"(sessions TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT format($mark$
    INSERT INTO "FormDay" AS d ("form", "day", "stale", "version")
    SELECT DISTINCT s."form", date_trunc('day', s."firstAt"), true, 1
    FROM %s AS s
    WHERE date_trunc('day', s."firstAt") = date_trunc('day', s."lastAt")
      AND date_trunc('day', s."firstAt") < date_trunc('day', clock_timestamp() AT TIME ZONE 'UTC')
    ORDER BY 1, 2
    ON CONFLICT ("form", "day") DO UPDATE SET "stale" = true, "version" = d."version" + 1
  $mark$, sessions)
$$;

-- As before (migration 20261207000200_form_sessions), and the days of the sessions changed marked,
-- before the change and after it.
CREATE OR REPLACE FUNCTION "form_sessions_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched TEXT;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- The summaries stay, marked: their versions go on, so that no summing up begun before counts.
    EXECUTE "form_days_mark"('"FormSession"');
    DELETE FROM "FormSession";
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    touched := '(SELECT s."form", s."firstAt", s."lastAt" FROM "FormSession" s
                 JOIN (SELECT DISTINCT "form", "sessionId" FROM new_events) n ON n."form" = s."form" AND n."sessionId" = s."sessionId")';
    EXECUTE "form_days_mark"(touched);
    EXECUTE "form_sessions_fold"('new_events');
    EXECUTE "form_days_mark"(touched);
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    touched := '(SELECT DISTINCT "form", "sessionId" FROM old_events)';
  ELSE
    touched := '(SELECT o."form", o."sessionId" FROM old_events o JOIN new_events n ON n."id" = o."id"
                 WHERE (n."form", n."sessionId", n."type", n."section", n."durationMs", n."createdAt")
                       IS DISTINCT FROM (o."form", o."sessionId", o."type", o."section", o."durationMs", o."createdAt")
                 UNION
                 SELECT n."form", n."sessionId" FROM old_events o JOIN new_events n ON n."id" = o."id"
                 WHERE (n."form", n."sessionId") IS DISTINCT FROM (o."form", o."sessionId"))';
  END IF;
  EXECUTE "form_days_mark"(format('(SELECT s."form", s."firstAt", s."lastAt" FROM "FormSession" s JOIN %s t ON s."form" = t."form" AND s."sessionId" = t."sessionId")', touched));
  EXECUTE format('DELETE FROM "FormSession" s USING %s t WHERE s."form" = t."form" AND s."sessionId" = t."sessionId"', touched);
  EXECUTE "form_sessions_fold"(format('(SELECT e.* FROM "FormEvent" e JOIN %s t ON e."form" = t."form" AND e."sessionId" = t."sessionId")', touched));
  EXECUTE "form_days_mark"(format('(SELECT s."form", s."firstAt", s."lastAt" FROM "FormSession" s JOIN %s t ON s."form" = t."form" AND s."sessionId" = t."sessionId")', touched));
  RETURN NULL;
END $$;
