import { route } from "@/lib/http";
import { formEventBatchSchema, formEventsRecordedSchema } from "@/lib/livepulse/forms/schemas";
import { recordFormEvents } from "@/lib/livepulse/forms/record-form-events";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/forms/events",
    summary: "Record a form's analytics events (view, start, sections, validation errors, abandonment)",
    tags: ["livepulse"],
    access: "public",
    // A form sends a handful of batches per visit: this leaves room for many tabs, not for a flood.
    rateLimit: { name: "form-events", limit: 120, windowSeconds: 60, key: "ip" },
    body: formEventBatchSchema,
    status: 202,
    response: formEventsRecordedSchema,
    errors: [],
  },
  async ({ user, body }) => ({ recorded: await recordFormEvents(user, body) }),
);
