import { route } from "@/lib/http";
import { leadsCsvStream } from "@/lib/crm/leads/csv-export";
import { leadListQuery } from "@/lib/crm/leads/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/leads/export",
    summary: "The leads matching the list's filters as CSV (UTF-8 with BOM), newest first",
    tags: ["crm"],
    access: "crm:read",
    query: leadListQuery,
    produces: "text/csv",
    errors: [],
  },
  async ({ user, query }) => {
    const day = new Date().toISOString().slice(0, 10);
    return new Response(leadsCsvStream(user, query), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="leads-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
