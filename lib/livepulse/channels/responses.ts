import { z } from "zod";
import { AlertSeverity } from "../../generated/prisma/enums.ts";
import { alertEmailRoles } from "../alerts/schemas";
import { channelKinds, deliveryEvents, deliveryStatuses } from "./schemas";

/** The answers of the channel routes, as the OpenAPI document describes them. */

const isoDate = z.string().describe("ISO 8601, UTC");
const named = z.object({ id: z.string(), name: z.string(), nameKey: z.string().nullable() });

export const channelResponse = z.object({
  id: z.string(),
  name: z.string(),
  nameKey: z.string().nullable().describe("a default channel's translated name key"),
  kind: z.enum(channelKinds),
  enabled: z.boolean(),
  emailRoles: z.array(z.enum(alertEmailRoles)).describe("EMAIL: the roles emailed"),
  url: z.string().nullable().describe("WEBHOOK, SLACK: where the payload is posted"),
  hasSecret: z.boolean().describe("WEBHOOK: whether it signs (always)"),
  users: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })).describe("EMAIL: the people emailed"),
  rules: z.array(named).describe("the rules that use the channel"),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const channelWithSecretResponse = channelResponse.extend({
  secret: z.string().nullable().describe("WEBHOOK: the signing secret, answered only when it was just generated"),
});

export const channelListResponse = z.object({ items: z.array(channelResponse) });

export const channelSecretResponse = z.object({ id: z.string(), secret: z.string() });

export const testResponse = z.object({
  id: z.string().describe("the test delivery's id"),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  responseStatus: z.number().int().nullable(),
  deliveredAt: isoDate.nullable(),
});

export const deliveryListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      event: z.enum(deliveryEvents),
      status: z.enum(deliveryStatuses),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      responseStatus: z.number().int().nullable(),
      nextAttemptAt: isoDate,
      deliveredAt: isoDate.nullable(),
      createdAt: isoDate,
      channel: z.object({ id: z.string(), name: z.string(), nameKey: z.string().nullable(), kind: z.enum(channelKinds) }),
      alert: z
        .object({
          id: z.string(),
          severity: z.enum(Object.values(AlertSeverity)),
          title: z.string().nullable().describe("a raised alert's title (null for a rule's)"),
          message: z.string(),
          rule: named.nullable().describe("null for an alert raised by hand or by a monitoring system"),
        })
        .nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** What deleting a channel answers. */
export const channelDeletedResponse = z.object({ id: z.string() });
