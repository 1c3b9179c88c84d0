-- The email that invites a member of staff to choose a password.
ALTER TYPE "EmailKind" ADD VALUE 'STAFF_INVITATION' AFTER 'EMAIL_VERIFICATION';
