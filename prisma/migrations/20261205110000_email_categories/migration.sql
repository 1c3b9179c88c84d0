-- The categories of the business messages: what a customer can opt out of, and what reaches the team.
ALTER TYPE "EmailCategory" ADD VALUE 'REQUESTS' AFTER 'SECURITY';
ALTER TYPE "EmailCategory" ADD VALUE 'TICKETS' AFTER 'REQUESTS';
ALTER TYPE "EmailCategory" ADD VALUE 'INCIDENTS' AFTER 'TICKETS';
ALTER TYPE "EmailCategory" ADD VALUE 'STAFF' AFTER 'INCIDENTS';
ALTER TYPE "EmailCategory" ADD VALUE 'ALERTS' AFTER 'STAFF';
