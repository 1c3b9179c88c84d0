import { z } from "zod";
import { KeywordMode, ServiceStatus } from "../../generated/prisma/enums.ts";
import { parseHostPort } from "./status";

export const serviceStatuses = Object.values(ServiceStatus);
export type ServiceStatusName = ServiceStatus;
export const builtinKinds = ["DATABASE", "REALTIME", "MEMORY", "EVENT_LOOP"] as const;
/** What an admin may add: a URL answered over HTTP(S), or a TCP port that accepts connections. */
export const monitorKinds = ["HTTP", "TCP"] as const;
export type MonitorKindName = (typeof monitorKinds)[number];
export const keywordModes = Object.values(KeywordMode);
export type ServiceCheckKindName = (typeof builtinKinds)[number] | MonitorKindName;

const int = (min: number, max: number, range: string) =>
  z.coerce.number({ message: "number" }).int("integer").min(min, range).max(max, range);

/** What every monitor has, built-in ones included: a name, how often, how long a check may take, on or off. */
export const monitorSettingsSchema = z.object({
  name: z.string().trim().min(3, "tooShort").max(120, "tooLong"),
  intervalSeconds: int(10, 3600, "intervalRange"),
  timeoutMs: int(100, 30_000, "timeoutRange"),
  enabled: z.boolean().default(true),
});

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** The target's error for its kind, or null when it is valid. */
export function targetError(kind: MonitorKindName, target: string): string | null {
  if (kind === "HTTP") return isHttpUrl(target) ? null : "httpUrl";
  return parseHostPort(target) ? null : "hostPort";
}

/** HTTP only: a text the body must contain (PRESENT, the default) or must not (ABSENT); empty means none. */
const keywordFields = {
  keyword: z.string().trim().max(200, "tooLong").nullish(),
  keywordMode: z.enum(keywordModes).nullish(),
};

/** A monitor an admin adds: an HTTP(S) URL with the status it should answer, or a TCP host:port. */
export const monitorSchema = monitorSettingsSchema
  .extend({
    kind: z.enum(monitorKinds),
    target: z.string().trim().min(1, "required").max(2000, "tooLong"),
    /** HTTP only; 200 when left out. */
    expectedStatus: int(100, 599, "statusRange").nullish(),
    ...keywordFields,
  })
  .superRefine((value, ctx) => {
    const error = targetError(value.kind, value.target);
    if (error) ctx.addIssue({ code: "custom", path: ["target"], message: error });
  })
  .transform((value) => {
    const http = value.kind === "HTTP";
    const keyword = http ? value.keyword || null : null;
    return {
      ...value,
      expectedStatus: http ? (value.expectedStatus ?? 200) : null,
      keyword,
      keywordMode: keyword ? (value.keywordMode ?? "PRESENT") : null,
    };
  });
export type MonitorInput = z.input<typeof monitorSchema>;
export type Monitor = z.output<typeof monitorSchema>;

/**
 * A change to a monitor. For a built-in check only the settings count (its
 * kind and target are the app's own and cannot change); for an added monitor
 * kind, target and expected status are validated as on creation.
 */
export const monitorUpdateSchema = monitorSettingsSchema.extend({
  kind: z.enum(monitorKinds).optional(),
  target: z.string().trim().max(2000, "tooLong").optional(),
  expectedStatus: int(100, 599, "statusRange").nullish(),
  ...keywordFields,
});
export type MonitorUpdate = z.output<typeof monitorUpdateSchema>;

export const monitorIdParams = z.object({ id: z.string().trim().min(1).max(40) });

const instant = z.iso.datetime();
const status = z.enum(serviceStatuses);

/** A monitor's stored settings and last state, as created, changed or checked. */
export const monitorRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameKey: z.string().nullable().meta({ description: "A built-in check's name key, shown translated until it is renamed" }),
  kind: z.enum([...builtinKinds, ...monitorKinds]),
  target: z.string().meta({ description: "URL for HTTP, host:port for TCP; empty for built-in checks" }),
  expectedStatus: z.number().int().nullable(),
  keyword: z.string().nullable(),
  keywordMode: z.enum(keywordModes).nullable(),
  timeoutMs: z.number().int(),
  intervalSeconds: z.number().int(),
  builtin: z.boolean(),
  enabled: z.boolean(),
  lastStatus: status,
  lastLatencyMs: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastCheckedAt: instant.nullable(),
  certExpiresAt: instant.nullable().meta({ description: "HTTPS: when the server's certificate expires, as last read" }),
  createdAt: instant,
  updatedAt: instant,
});

/** What deleting a monitor answers. */
export const monitorDeletedSchema = z.object({ id: z.string() });

/** Every monitor with its state, uptime (percent; null without results), last day's latency and latest results. */
export const monitorListResponse = z.object({
  services: z.array(
    monitorRecordSchema
      .pick({
        id: true,
        name: true,
        nameKey: true,
        kind: true,
        target: true,
        expectedStatus: true,
        keyword: true,
        keywordMode: true,
        certExpiresAt: true,
        timeoutMs: true,
        intervalSeconds: true,
        builtin: true,
        enabled: true,
        lastError: true,
        lastCheckedAt: true,
      })
      .extend({
        status,
        latencyMs: z.number().int().nullable(),
        uptime24h: z.number().nullable(),
        uptime7d: z.number().nullable(),
        history: z
          .array(
            z.object({ at: z.number().meta({ description: "Epoch milliseconds" }), latencyMs: z.number().nullable(), down: z.boolean() }),
          )
          .meta({ description: "The last day in ten-minute points: mean latency, and whether a check in it was down" }),
        recent: z.array(z.object({ status, latencyMs: z.number().int().nullable(), error: z.string().nullable(), checkedAt: instant })),
      }),
  ),
});
