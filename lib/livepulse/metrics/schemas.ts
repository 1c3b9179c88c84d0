import { z } from "zod";

const kinds = { PAGE: z.number(), ACTION: z.number(), API: z.number() };
const figures = z.object({ requestsPerMinute: z.number(), p95LatencyMs: z.number(), errorRate: z.number() });

/** The JSON of GET /api/livepulse/metrics/realtime (see docs/API.md). */
export const metricsSnapshotSchema = z.object({
  generatedAt: z.iso.datetime(),
  windows: z.object({ requests: z.number().int(), business: z.number().int() }),
  current: z.object({
    REQUESTS_PER_MINUTE: z.number(),
    P95_LATENCY_MS: z.number(),
    ERROR_RATE: z.number(),
    ACTIVE_USERS: z.number().int(),
    FORM_SUBMISSIONS_PER_HOUR: z.number(),
    NEW_LEADS_PER_HOUR: z.number(),
    NEW_TICKETS_PER_HOUR: z.number(),
  }),
  byKind: z.object({ PAGE: figures, ACTION: figures, API: figures }),
  minutes: z.array(
    z.object({
      minute: z.iso.datetime(),
      requests: z.number().int(),
      errors: z.number().int(),
      errorRate: z.number(),
      p95LatencyMs: z.number(),
      byKind: z.object(kinds),
    }),
  ),
  hours: z.array(
    z.object({ hour: z.iso.datetime(), formSubmissions: z.number().int(), newLeads: z.number().int(), newTickets: z.number().int() }),
  ),
});
