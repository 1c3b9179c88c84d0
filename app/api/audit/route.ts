import { route } from "@/lib/http";
import { listAuditEntries } from "@/lib/audit-log/queries";
import { auditListQuery, auditPageResponse } from "@/lib/audit-log/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/audit",
    summary:
      "The audit log, newest first: filters (actor, entity, entityId, action, from, to, tz), keyset pages (older / newer cursors, pageSize)",
    tags: ["audit"],
    access: "audit:read",
    query: auditListQuery,
    response: auditPageResponse,
    errors: [],
  },
  async ({ user, query }) => listAuditEntries(user, query),
);
