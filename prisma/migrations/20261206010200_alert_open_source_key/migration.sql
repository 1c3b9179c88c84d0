-- One open alert per external system and key: a repeated post of the same problem updates it.
CREATE UNIQUE INDEX CONCURRENTLY "Alert_open_sourceKey_key" ON "Alert"("sourceName", "sourceKey") WHERE (status = ANY (ARRAY['FIRING'::"AlertStatus", 'ACKNOWLEDGED'::"AlertStatus"]));
