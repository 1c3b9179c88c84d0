import { route } from "@/lib/http";
import { monitorRecordSchema, monitorSchema } from "@/lib/livepulse/monitors/schemas";
import { createMonitor } from "@/lib/livepulse/monitors/create-monitor";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/monitors",
    summary: "Add a monitor (admin): an HTTP(S) URL with its expected status, or a TCP host:port",
    tags: ["livepulse"],
    access: "livepulse:manage",
    body: monitorSchema,
    status: 201,
    response: monitorRecordSchema,
    errors: [],
  },
  async ({ user, body }) => Response.json(await createMonitor(user, body), { status: 201 }),
);
