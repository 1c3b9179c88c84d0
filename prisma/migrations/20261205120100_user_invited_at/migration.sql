-- An account invited by an admin and not yet activated (no password chosen) carries when it was invited.
ALTER TABLE "User" ADD COLUMN "invitedAt" TIMESTAMP(3);
