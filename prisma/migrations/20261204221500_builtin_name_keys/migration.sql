-- Built-in checks and default alert rules get a name key, translated at display.
ALTER TABLE "ServiceCheck" ADD COLUMN "nameKey" TEXT;
ALTER TABLE "AlertRule" ADD COLUMN "nameKey" TEXT;

-- The records the first seed created, under the names it gave them (a renamed one keeps its name).
UPDATE "ServiceCheck" SET "nameKey" = 'database' WHERE "id" = 'check_database' AND "name" = 'Base de données';
UPDATE "ServiceCheck" SET "nameKey" = 'realtime' WHERE "id" = 'check_realtime' AND "name" = 'Temps réel';
UPDATE "ServiceCheck" SET "nameKey" = 'memory' WHERE "id" = 'check_memory' AND "name" = 'Mémoire';
UPDATE "ServiceCheck" SET "nameKey" = 'eventLoop' WHERE "id" = 'check_event_loop' AND "name" = 'Boucle d''événements';
UPDATE "AlertRule" SET "nameKey" = 'errorRate' WHERE "id" = 'rule_error_rate' AND "name" = 'Taux d''erreur élevé';
UPDATE "AlertRule" SET "nameKey" = 'latency' WHERE "id" = 'rule_latency' AND "name" = 'Latence p95 > 800 ms';
UPDATE "AlertRule" SET "nameKey" = 'slaBreached' WHERE "id" = 'rule_sla' AND "name" = 'SLA de ticket dépassé';
