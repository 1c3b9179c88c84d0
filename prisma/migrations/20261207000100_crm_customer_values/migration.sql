-- CreateTable
CREATE TABLE "CRMCustomerValue" (
    "customerId" TEXT NOT NULL,
    "valueCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CRMCustomerValue_pkey" PRIMARY KEY ("customerId")
);

-- CreateIndex
CREATE INDEX "CRMCustomerValue_valueCents_customerId_idx" ON "CRMCustomerValue"("valueCents", "customerId");

-- AddForeignKey
ALTER TABLE "CRMCustomerValue" ADD CONSTRAINT "CRMCustomerValue_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A customer's lifetime value: their won leads' value, plus the yearly value of their active hosting
-- requests that are not attached to one of those won leads (a won lead's value stands for the
-- requests it brought). The customers list computes the same for the rows it shows.
CREATE FUNCTION "crm_customer_values"(ids TEXT[]) RETURNS TABLE ("customerId" TEXT, "valueCents" BIGINT)
LANGUAGE sql STABLE AS $$
  SELECT c.id,
    COALESCE((SELECT sum(l."valueCents") FROM "CRMLead" l WHERE l."customerId" = c.id AND l."stage" = 'WON'), 0)
    + COALESCE((SELECT sum(r."yearlyCents") FROM "HostingRequest" r LEFT JOIN "CRMLead" l ON l."id" = r."leadId"
                WHERE r."customerId" = c.id AND r."status" = 'ACTIVE'
                  AND (l."id" IS NULL OR l."stage" <> 'WON' OR l."customerId" IS DISTINCT FROM c.id)), 0)
  FROM unnest(ids) AS c(id)
$$;

-- Counts again the values of these customers. Their rows are locked first, in one order: a writer of
-- the same customer waits until the one before it commits, and its count, a statement of its own,
-- then sees that writer's changes (each statement of a function reads what is committed when it
-- starts), so the last count of a customer is never older than its last change.
CREATE FUNCTION "crm_customer_values_refresh"(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM "CRMCustomerValue" WHERE "customerId" = ANY (ids) ORDER BY "customerId" FOR UPDATE;
  UPDATE "CRMCustomerValue" v SET "valueCents" = c."valueCents"
  FROM "crm_customer_values"(ids) c
  WHERE v."customerId" = c."customerId" AND v."valueCents" <> c."valueCents";
END $$;

-- Leads: only won leads count, and a won lead takes its own customer's active requests out of the
-- sum. So a statement on leads changes the customers of the leads it created or deleted won, and of
-- those it changed in stage, value or customer while won before or after, with the customers of the
-- requests attached to those (a deleted lead's requests are let go by their own trigger).
CREATE FUNCTION "crm_customer_values_follow_leads"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM "crm_customer_values_refresh"(ARRAY(SELECT "customerId" FROM "CRMCustomerValue" WHERE "valueCents" <> 0));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM "crm_customer_values_refresh"(ARRAY(
      SELECT DISTINCT "customerId" FROM new_leads WHERE "stage" = 'WON' AND "customerId" IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "crm_customer_values_refresh"(ARRAY(
      SELECT DISTINCT "customerId" FROM old_leads WHERE "stage" = 'WON' AND "customerId" IS NOT NULL));
  ELSE
    PERFORM "crm_customer_values_refresh"(ARRAY(
      WITH changed AS (
        SELECT n."id", n."customerId" AS "now", o."customerId" AS "before"
        FROM new_leads n JOIN old_leads o ON o."id" = n."id"
        WHERE 'WON' IN (n."stage", o."stage")
          AND (n."stage", n."valueCents", n."customerId") IS DISTINCT FROM (o."stage", o."valueCents", o."customerId")
      )
      SELECT "now" FROM changed WHERE "now" IS NOT NULL
      UNION SELECT "before" FROM changed WHERE "before" IS NOT NULL
      UNION SELECT r."customerId" FROM "HostingRequest" r JOIN changed c ON r."leadId" = c."id" WHERE r."status" = 'ACTIVE'));
  END IF;
  RETURN NULL;
END $$;

-- Hosting requests: the customers of the requests a statement created, deleted, or changed in
-- status, yearly value, lead or customer.
CREATE FUNCTION "crm_customer_values_follow_requests"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM "crm_customer_values_refresh"(ARRAY(SELECT "customerId" FROM "CRMCustomerValue" WHERE "valueCents" <> 0));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM "crm_customer_values_refresh"(ARRAY(SELECT DISTINCT "customerId" FROM new_requests WHERE "status" = 'ACTIVE'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "crm_customer_values_refresh"(ARRAY(SELECT DISTINCT "customerId" FROM old_requests WHERE "status" = 'ACTIVE'));
  ELSE
    PERFORM "crm_customer_values_refresh"(ARRAY(
      SELECT n."customerId" FROM new_requests n JOIN old_requests o ON o."id" = n."id"
      WHERE (n."status", n."yearlyCents", n."leadId", n."customerId") IS DISTINCT FROM (o."status", o."yearlyCents", o."leadId", o."customerId")
        AND 'ACTIVE' IN (n."status", o."status")
      UNION
      SELECT o."customerId" FROM new_requests n JOIN old_requests o ON o."id" = n."id"
      WHERE o."customerId" <> n."customerId" AND o."status" = 'ACTIVE'));
  END IF;
  RETURN NULL;
END $$;

-- Users: a row of 0 for each new user (before any lead or request can name them).
CREATE FUNCTION "crm_customer_values_follow_users"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CRMCustomerValue" ("customerId") SELECT "id" FROM new_users ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "User_customer_value_insert" AFTER INSERT ON "User"
  REFERENCING NEW TABLE AS new_users FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_users"();

CREATE TRIGGER "CRMLead_customer_values_insert" AFTER INSERT ON "CRMLead"
  REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_leads"();
CREATE TRIGGER "CRMLead_customer_values_update" AFTER UPDATE ON "CRMLead"
  REFERENCING OLD TABLE AS old_leads NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_leads"();
CREATE TRIGGER "CRMLead_customer_values_delete" AFTER DELETE ON "CRMLead"
  REFERENCING OLD TABLE AS old_leads FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_leads"();
CREATE TRIGGER "CRMLead_customer_values_truncate" AFTER TRUNCATE ON "CRMLead"
  FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_leads"();

CREATE TRIGGER "HostingRequest_customer_values_insert" AFTER INSERT ON "HostingRequest"
  REFERENCING NEW TABLE AS new_requests FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_requests"();
CREATE TRIGGER "HostingRequest_customer_values_update" AFTER UPDATE ON "HostingRequest"
  REFERENCING OLD TABLE AS old_requests NEW TABLE AS new_requests FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_requests"();
CREATE TRIGGER "HostingRequest_customer_values_delete" AFTER DELETE ON "HostingRequest"
  REFERENCING OLD TABLE AS old_requests FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_requests"();
CREATE TRIGGER "HostingRequest_customer_values_truncate" AFTER TRUNCATE ON "HostingRequest"
  FOR EACH STATEMENT EXECUTE FUNCTION "crm_customer_values_follow_requests"();

-- The users already there. The triggers above hold the tables' locks until this migration commits.
INSERT INTO "CRMCustomerValue" ("customerId", "valueCents")
SELECT u."id", COALESCE(won.v, 0) + COALESCE(act.v, 0)
FROM "User" u
LEFT JOIN (SELECT "customerId", sum("valueCents") AS v FROM "CRMLead"
           WHERE "stage" = 'WON' AND "customerId" IS NOT NULL GROUP BY 1) won ON won."customerId" = u."id"
LEFT JOIN (SELECT r."customerId", sum(r."yearlyCents") AS v FROM "HostingRequest" r LEFT JOIN "CRMLead" l ON l."id" = r."leadId"
           WHERE r."status" = 'ACTIVE' AND (l."id" IS NULL OR l."stage" <> 'WON' OR l."customerId" IS DISTINCT FROM r."customerId")
           GROUP BY 1) act ON act."customerId" = u."id";
