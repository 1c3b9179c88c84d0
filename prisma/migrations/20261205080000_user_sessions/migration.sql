-- One row per signed-in session: it holds while the row exists and has not ended. Sessions begun before
-- this table have no row and sign in again. RevokedSession stays for the previous build; dropped next release.
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "sid" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "userAgent" TEXT,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "UserSession_sid_key" ON "UserSession"("sid");

CREATE INDEX "UserSession_userId_endedAt_lastSeenAt_idx" ON "UserSession"("userId", "endedAt", "lastSeenAt");

CREATE INDEX "UserSession_lastSeenAt_idx" ON "UserSession"("lastSeenAt");

ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

