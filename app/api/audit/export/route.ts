import { route } from "@/lib/http";
import { auditCsvName, auditCsvStream } from "@/lib/audit-log/csv-export";
import { auditFilters } from "@/lib/audit-log/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/audit/export",
    summary: "The audit rows matching the log's filters as CSV (UTF-8 with BOM), newest first, with the changed fields",
    tags: ["audit"],
    access: "audit:read",
    query: auditFilters,
    produces: "text/csv",
    errors: [],
  },
  async ({ user, query }) =>
    new Response(auditCsvStream(user, query), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${auditCsvName()}"`,
        "Cache-Control": "no-store",
      },
    }),
);
