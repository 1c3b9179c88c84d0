import { z } from "zod";

/** `RealtimeClientConfig` as the API answers it: what the browser is told about the transport. */
export const realtimeClientConfigSchema = z.union([
  z.object({
    transport: z.literal("stream"),
    cursor: z.string().describe("the latest event id when it was read; empty to start with what comes next"),
  }),
  z.object({
    transport: z.literal("pusher"),
    key: z.string(),
    cluster: z.string().optional(),
    host: z.string().optional(),
    port: z.number().int().optional(),
    useTLS: z.boolean(),
  }),
]);
