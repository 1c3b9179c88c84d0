import { z } from "zod";
import { incidentImpacts, incidentStates } from "./schemas";

/** The answers of the status and incident routes, as the OpenAPI document describes them. */

const isoDate = z.string().describe("ISO 8601, UTC");
const serviceState = z.enum(["operational", "degraded", "outage", "unknown"]);

const publicIncident = z.object({
  id: z.string(),
  title: z.string(),
  impact: z.enum(incidentImpacts),
  state: z.enum(incidentStates),
  createdAt: isoDate,
  updatedAt: isoDate,
  resolvedAt: isoDate.nullable(),
  serviceIds: z.array(z.string()),
  updates: z.array(z.object({ id: z.string(), state: z.enum(incidentStates), message: z.string(), createdAt: isoDate })),
});

export const statusResponse = z.object({
  generatedAt: isoDate,
  overall: z.enum(["operational", "degraded", "outage"]),
  services: z.array(
    z.object({
      id: z.string(),
      name: z.object({ fr: z.string(), en: z.string() }),
      state: serviceState,
      uptime: z.number().nullable().describe("percent over the days shown; null without data"),
      days: z.array(
        z.object({
          date: z.string().describe("YYYY-MM-DD, UTC day"),
          uptime: z.number().nullable(),
          checks: z.number().int(),
          down: z.number().int(),
          incidentIds: z.array(z.string()),
          maintenanceIds: z.array(z.string()).describe("maintenance windows on the service that day"),
          excluded: z.boolean().describe("whether uptime left out some of the day (maintenance excluded from uptime)"),
        }),
      ),
    }),
  ),
  activeIncidents: z.array(publicIncident),
  incidents: z.array(publicIncident).describe("open and resolved incidents over the days shown, open ones first"),
  maintenance: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        message: z.string().nullable(),
        recurrence: z.enum(["NONE", "DAILY", "WEEKLY", "MONTHLY"]),
        excludeFromUptime: z.boolean().describe("time inside an occurrence counts neither for nor against uptime"),
        serviceIds: z.array(z.string()),
        inProgress: z.boolean(),
        occurrences: z
          .array(z.object({ startsAt: isoDate, endsAt: isoDate }))
          .describe("from now to 7 days ahead, one in progress first; empty for a window of the past days only"),
      }),
    )
    .describe("maintenance windows of the days shown and of the coming 7 days: in progress first, then by next start"),
});

const person = z.object({ id: z.string(), name: z.string() }).nullable();
const incidentBase = {
  id: z.string(),
  title: z.string(),
  impact: z.enum(incidentImpacts),
  state: z.enum(incidentStates),
  alertId: z.string().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
  resolvedAt: isoDate.nullable(),
};

export const incidentListResponse = z.object({
  open: z.number().int(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(z.object({ ...incidentBase, createdBy: person }).loose()),
});

export const incidentResponse = z
  .object({
    ...incidentBase,
    updates: z.array(z.object({ id: z.string(), state: z.enum(incidentStates), message: z.string(), createdAt: isoDate }).loose()),
  })
  .loose();

export const incidentUpdateResponse = z.object({
  id: z.string(),
  incidentId: z.string(),
  state: z.enum(incidentStates),
  message: z.string(),
  authorId: z.string().nullable(),
  createdAt: isoDate,
});

export const publicationResponse = z
  .object({
    id: z.string(),
    checkId: z.string(),
    published: z.boolean(),
    nameFr: z.string(),
    nameEn: z.string(),
    plans: z.array(z.object({ planId: z.string() })),
  })
  .loose();
