-- The raised alerts' links to their monitor and to who raised them, checked after the fact (every row is null) without blocking writes.
ALTER TABLE "Alert" VALIDATE CONSTRAINT "Alert_serviceCheckId_fkey";
ALTER TABLE "Alert" VALIDATE CONSTRAINT "Alert_raisedById_fkey";
