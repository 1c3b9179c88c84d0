-- Every session of a user ends when this moves past the version the session began with.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
