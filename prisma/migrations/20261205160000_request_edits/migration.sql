-- A timeline entry can record an edit of the request's configuration rather than a status change.
ALTER TABLE "HostingRequestStatusChange" ADD COLUMN "edits" JSONB;
