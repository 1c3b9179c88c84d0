import { route } from "@/lib/http";
import { formEventBatchSchema } from "@/lib/livepulse/forms/schemas";
import { recordFormEvents } from "@/lib/livepulse/forms/record-form-events";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/forms/events",
    summary: "Record a form's analytics events (view, start, sections, validation errors, abandonment)",
    tags: ["livepulse"],
    access: "public",
    body: formEventBatchSchema,
    status: 202,
  },
  async ({ user, body }) => ({ recorded: await recordFormEvents(user, body) }),
);
