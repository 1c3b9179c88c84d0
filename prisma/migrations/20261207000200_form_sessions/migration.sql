-- CreateTable
CREATE TABLE "FormSession" (
    "form" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "started" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "submitDurationMs" INTEGER,
    "sections" TEXT[],

    CONSTRAINT "FormSession_pkey" PRIMARY KEY ("form","sessionId")
);

-- CreateIndex
CREATE INDEX "FormSession_form_firstAt_idx" ON "FormSession"("form", "firstAt");

-- CreateIndex
CREATE INDEX "FormSession_long_lastAt_idx" ON "FormSession"("form", "lastAt") WHERE (("lastAt" - "firstAt") > '01:00:00'::interval);

-- The statement that folds the events of `source` (a table, or a query in parentheses) into their
-- sessions' rows. A session's figures are the earliest, latest, any or longest of its events', so
-- adding events to a row in any order, or from two transactions at once (each waits for the other's
-- row), gives the figures of all of them. New rows are written in the order the sessions began, so
-- that a period's sessions lie together on disk. Run with EXECUTE in the trigger below, where the
-- statement's transition tables are visible, and once for the events already there.
CREATE FUNCTION "form_sessions_fold"(source TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT format($fold$
    INSERT INTO "FormSession" AS s
      ("form", "sessionId", "firstAt", "lastAt", "started", "startedAt", "submittedAt", "submitDurationMs", "sections")
    SELECT "form", "sessionId", min("createdAt"), max("createdAt"),
           bool_or("type" IN ('START', 'SECTION_COMPLETE', 'SUBMIT')),
           min("createdAt") FILTER (WHERE "type" = 'START'),
           min("createdAt") FILTER (WHERE "type" = 'SUBMIT'),
           max("durationMs") FILTER (WHERE "type" = 'SUBMIT'),
           COALESCE(array_agg(DISTINCT "section" ORDER BY "section") FILTER (WHERE "type" = 'SECTION_COMPLETE' AND "section" IS NOT NULL), '{}')
    FROM %s AS events
    GROUP BY 1, 2
    ORDER BY 3
    ON CONFLICT ("form", "sessionId") DO UPDATE SET
      "firstAt" = least(s."firstAt", excluded."firstAt"),
      "lastAt" = greatest(s."lastAt", excluded."lastAt"),
      "started" = s."started" OR excluded."started",
      "startedAt" = least(s."startedAt", excluded."startedAt"),
      "submittedAt" = least(s."submittedAt", excluded."submittedAt"),
      "submitDurationMs" = greatest(s."submitDurationMs", excluded."submitDurationMs"),
      "sections" = ARRAY(SELECT DISTINCT section FROM unnest(s."sections" || excluded."sections") AS section ORDER BY 1)
  $fold$, source)
$$;

-- New events are folded in. Deleted or changed ones (statements the app does not make: the large
-- data set's removal, a user's deletion, which only clears `userId` and changes nothing here) make
-- their sessions counted again from the events left.
CREATE FUNCTION "form_sessions_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched TEXT;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "FormSession";
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    EXECUTE "form_sessions_fold"('new_events');
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
  EXECUTE format('DELETE FROM "FormSession" s USING %s t WHERE s."form" = t."form" AND s."sessionId" = t."sessionId"', touched);
  EXECUTE "form_sessions_fold"(format('(SELECT e.* FROM "FormEvent" e JOIN %s t ON e."form" = t."form" AND e."sessionId" = t."sessionId")', touched));
  RETURN NULL;
END $$;

CREATE TRIGGER "FormEvent_sessions_insert" AFTER INSERT ON "FormEvent"
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "form_sessions_follow"();
CREATE TRIGGER "FormEvent_sessions_update" AFTER UPDATE ON "FormEvent"
  REFERENCING OLD TABLE AS old_events NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "form_sessions_follow"();
CREATE TRIGGER "FormEvent_sessions_delete" AFTER DELETE ON "FormEvent"
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION "form_sessions_follow"();
CREATE TRIGGER "FormEvent_sessions_truncate" AFTER TRUNCATE ON "FormEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "form_sessions_follow"();

-- The events already there. The triggers above hold the table's lock until this migration commits.
DO $$ BEGIN EXECUTE "form_sessions_fold"('"FormEvent"'); END $$;
