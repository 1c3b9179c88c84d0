-- CreateTable
CREATE TABLE "CRMLeadTotal" (
    "id" BIGSERIAL NOT NULL,
    "stage" "LeadStage" NOT NULL,
    "source" "LeadSource" NOT NULL,
    "assigneeId" TEXT,
    "count" INTEGER NOT NULL,
    "valueCents" BIGINT NOT NULL,

    CONSTRAINT "CRMLeadTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CRMLeadTotal_stage_source_assigneeId_idx" ON "CRMLeadTotal"("stage", "source", "assigneeId");

-- The leads' totals by stage, source and assignee follow every statement that changes leads, in
-- its own transaction: one row per stage, source and assignee it changed, holding the change (a
-- count and a value, each positive or negative). Statements that change no stage, source, assignee
-- or value add nothing.
CREATE FUNCTION "crm_lead_totals_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "CRMLeadTotal";
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "CRMLeadTotal" ("stage", "source", "assigneeId", "count", "valueCents")
    SELECT "stage", "source", "assigneeId", count(*), sum("valueCents") FROM new_leads GROUP BY 1, 2, 3;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "CRMLeadTotal" ("stage", "source", "assigneeId", "count", "valueCents")
    SELECT "stage", "source", "assigneeId", -count(*), -sum("valueCents") FROM old_leads GROUP BY 1, 2, 3;
  ELSE
    INSERT INTO "CRMLeadTotal" ("stage", "source", "assigneeId", "count", "valueCents")
    SELECT "stage", "source", "assigneeId", sum(n), sum(v)
    FROM (SELECT "stage", "source", "assigneeId", 1 AS n, "valueCents"::bigint AS v FROM new_leads
          UNION ALL
          SELECT "stage", "source", "assigneeId", -1, -"valueCents"::bigint FROM old_leads) AS change
    GROUP BY 1, 2, 3
    HAVING sum(n) <> 0 OR sum(v) <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CRMLead_totals_insert" AFTER INSERT ON "CRMLead"
  REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_totals_follow"();
CREATE TRIGGER "CRMLead_totals_update" AFTER UPDATE ON "CRMLead"
  REFERENCING OLD TABLE AS old_leads NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_totals_follow"();
CREATE TRIGGER "CRMLead_totals_delete" AFTER DELETE ON "CRMLead"
  REFERENCING OLD TABLE AS old_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_totals_follow"();
CREATE TRIGGER "CRMLead_totals_truncate" AFTER TRUNCATE ON "CRMLead"
  FOR EACH STATEMENT EXECUTE FUNCTION "crm_lead_totals_follow"();

-- The leads already there. The triggers above hold the table's lock until this migration commits:
-- no lead is written between the count and them.
INSERT INTO "CRMLeadTotal" ("stage", "source", "assigneeId", "count", "valueCents")
SELECT "stage", "source", "assigneeId", count(*), sum("valueCents") FROM "CRMLead" GROUP BY 1, 2, 3;
