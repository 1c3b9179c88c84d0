-- CreateEnum
CREATE TYPE "LeadEvent" AS ENUM ('CREATED', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "LeadFacet" AS ENUM ('STAGE', 'SOURCE', 'ASSIGNEE');

-- CreateTable
CREATE TABLE "CRMLeadDay" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "event" "LeadEvent" NOT NULL,
    "facet" "LeadFacet" NOT NULL,
    "key" TEXT,
    "count" INTEGER NOT NULL,
    "valueCents" BIGINT NOT NULL,

    CONSTRAINT "CRMLeadDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CRMLeadDay_facet_event_day_idx" ON "CRMLeadDay"("facet", "event", "day");

-- What one lead counts for in CRMLeadDay: its creation day, its winning or losing day while it is
-- won or lost (reopening it takes that back), each counted by its stage, its source and its assignee.
CREATE FUNCTION "crm_lead_day_rows"(
  created TIMESTAMP, won TIMESTAMP, lost TIMESTAMP, stage "LeadStage", source "LeadSource", assignee TEXT
) RETURNS TABLE ("day" DATE, "event" "LeadEvent", "facet" "LeadFacet", "key" TEXT)
LANGUAGE sql IMMUTABLE AS $$
  SELECT e."day", e."event", f."facet", f."key"
  FROM (VALUES (created::date, 'CREATED'::"LeadEvent"),
               (CASE WHEN stage = 'WON' THEN won::date END, 'WON'::"LeadEvent"),
               (CASE WHEN stage = 'LOST' THEN lost::date END, 'LOST'::"LeadEvent")) AS e("day", "event")
  CROSS JOIN (VALUES ('STAGE'::"LeadFacet", stage::text),
                     ('SOURCE'::"LeadFacet", source::text),
                     ('ASSIGNEE'::"LeadFacet", assignee)) AS f("facet", "key")
  WHERE e."day" IS NOT NULL
$$;

-- Every statement that changes leads appends, in its own transaction, one row per day, event,
-- facet and key it changed, holding the change (a count and a value, each positive or negative).
-- Statements that change none of those add nothing.
CREATE FUNCTION "crm_lead_days_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "CRMLeadDay";
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "CRMLeadDay" ("day", "event", "facet", "key", "count", "valueCents")
    SELECT r."day", r."event", r."facet", r."key", count(*), sum(l."valueCents")
    FROM new_leads l, "crm_lead_day_rows"(l."createdAt", l."wonAt", l."lostAt", l."stage", l."source", l."assigneeId") r
    GROUP BY 1, 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "CRMLeadDay" ("day", "event", "facet", "key", "count", "valueCents")
    SELECT r."day", r."event", r."facet", r."key", -count(*), -sum(l."valueCents")
    FROM old_leads l, "crm_lead_day_rows"(l."createdAt", l."wonAt", l."lostAt", l."stage", l."source", l."assigneeId") r
    GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO "CRMLeadDay" ("day", "event", "facet", "key", "count", "valueCents")
    SELECT r."day", r."event", r."facet", r."key", sum(l.n), sum(l.v)
    FROM (SELECT "createdAt", "wonAt", "lostAt", "stage", "source", "assigneeId", 1 AS n, "valueCents"::bigint AS v FROM new_leads
          UNION ALL
          SELECT "createdAt", "wonAt", "lostAt", "stage", "source", "assigneeId", -1, -"valueCents"::bigint FROM old_leads) AS l,
         "crm_lead_day_rows"(l."createdAt", l."wonAt", l."lostAt", l."stage", l."source", l."assigneeId") r
    GROUP BY 1, 2, 3, 4
    HAVING sum(l.n) <> 0 OR sum(l.v) <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CRMLead_days_insert" AFTER INSERT ON "CRMLead"
  REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_days_follow"();
CREATE TRIGGER "CRMLead_days_update" AFTER UPDATE ON "CRMLead"
  REFERENCING OLD TABLE AS old_leads NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_days_follow"();
CREATE TRIGGER "CRMLead_days_delete" AFTER DELETE ON "CRMLead"
  REFERENCING OLD TABLE AS old_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_days_follow"();
CREATE TRIGGER "CRMLead_days_truncate" AFTER TRUNCATE ON "CRMLead"
  FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_days_follow"();

-- The leads already there. The triggers above hold the table's lock until this migration commits:
-- no lead is written between the count and them.
INSERT INTO "CRMLeadDay" ("day", "event", "facet", "key", "count", "valueCents")
SELECT r."day", r."event", r."facet", r."key", count(*), sum(l."valueCents")
FROM "CRMLead" l, "crm_lead_day_rows"(l."createdAt", l."wonAt", l."lostAt", l."stage", l."source", l."assigneeId") r
GROUP BY 1, 2, 3, 4;
