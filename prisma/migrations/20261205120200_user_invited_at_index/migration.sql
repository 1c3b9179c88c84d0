-- The users list filters pending invitations.
CREATE INDEX CONCURRENTLY "User_invitedAt_idx" ON "User"("invitedAt");
