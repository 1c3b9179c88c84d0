import "server-only";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { readOrCreateDevSecret } from "./dev-secret";

/**
 * The one reader of `process.env`. Validated once; with no configuration at
 * all the app still runs (embedded database, generated dev secret).
 */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    /** PostgreSQL only: connections this instance keeps at most (every instance has its own pool). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    /**
     * PostgreSQL only: how long a query or a transaction waits for a free connection (or a new one to
     * open) before the request is answered 503 with Retry-After instead of queueing on.
     */
    DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(10).max(120_000).default(5000),
    /** PostgreSQL only: an interactive transaction still open after this long is rolled back (503). */
    DATABASE_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    /** The address people reach the app at, for the links it prints and sends (no trailing slash needed). */
    APP_URL: z.url({ protocol: /^https?$/, error: "APP_URL must be an http:// or https:// URL" }).default("http://localhost:3000"),
    /** Seed the demo accounts and data into an empty PostgreSQL database too (the embedded one always gets them). */
    SEED_DEMO: z
      .enum(["true", "false", "1", "0"], "SEED_DEMO is true or false")
      .transform((v) => v === "true" || v === "1")
      .default(false),
    /** The first admin, created by `npm run db:setup` (and `npm start` on an empty PostgreSQL) when no such account exists. */
    ADMIN_EMAIL: z.email("ADMIN_EMAIL must be an email address").optional(),
    /** Its password; without it a one-time set-password link is printed instead. */
    ADMIN_PASSWORD: z.string().min(10, "ADMIN_PASSWORD must be at least 10 characters").max(200).optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /**
     * How many reverse proxies stand in front of the app, each appending to X-Forwarded-For (and
     * setting X-Forwarded-Proto): the client address is read that many entries back. 0: none, the
     * connection's peer is the client.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
    /** How often overdue SLA deadlines are looked for; 0 turns the sweep off. */
    SLA_SWEEP_SECONDS: z.coerce.number().int().min(0).default(60),
    /** How often alert rules are evaluated; 0 turns the evaluation off. */
    ALERT_EVALUATION_SECONDS: z.coerce.number().int().min(0).default(30),
    /** How often the jobs' leader sends the alert channels' due deliveries (webhooks, chat, alert emails); 0 turns it off. */
    ALERT_DELIVERY_SECONDS: z.coerce.number().int().min(0).default(10),
    /** How often the service monitor looks for checks that are due; 0 turns checking off. */
    MONITOR_TICK_SECONDS: z.coerce.number().int().min(0).default(10),
    /** Resident memory of the process above which the memory check says DEGRADED, then DOWN. */
    MONITOR_RSS_DEGRADED_MB: z.coerce.number().int().positive().default(768),
    MONITOR_RSS_DOWN_MB: z.coerce.number().int().positive().default(1536),
    /** Event loop delay (p99) above which the event loop check says DEGRADED, then DOWN. */
    MONITOR_LAG_DEGRADED_MS: z.coerce.number().int().positive().default(100),
    MONITOR_LAG_DOWN_MS: z.coerce.number().int().positive().default(500),
    /** How often this instance writes its measured requests to the database; 0 turns measuring off. */
    METRICS_FLUSH_MS: z.coerce.number().int().min(0).default(10_000),
    /** Bearer token that lets a Prometheus scraper read /api/metrics without a session. */
    METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
    // Realtime over the Pusher protocol: hosted Pusher (cluster) or a self-hosted server such as soketi (host).
    PUSHER_APP_ID: z.string().min(1).optional(),
    PUSHER_KEY: z.string().min(1).optional(),
    PUSHER_SECRET: z.string().min(1).optional(),
    PUSHER_CLUSTER: z
      .string()
      .regex(/^[a-z0-9-]+$/, "PUSHER_CLUSTER is a cluster name such as eu or mt1")
      .optional(),
    PUSHER_HOST: z
      .string()
      .regex(/^[A-Za-z0-9.-]+$/, "PUSHER_HOST is a host name or address, without scheme or port")
      .optional(),
    PUSHER_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    PUSHER_USE_TLS: z
      .enum(["true", "false", "1", "0"], "PUSHER_USE_TLS is true or false")
      .transform((v) => v === "true" || v === "1")
      .optional(),
    PUSHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2000),
    REALTIME_STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
    /**
     * The SMTP server mail leaves through: smtp://user:password@host:587 (STARTTLS when offered) or
     * smtps://…:465. Unset: messages are kept in the outbox, not sent, and admins read them at /admin/emails.
     */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be an smtp:// or smtps:// URL")
      .optional(),
    /** The sender of every message: an address, or `Name <address>`. */
    MAIL_FROM: z.string().trim().min(3).max(320).default("Orbite <no-reply@orbite.localhost>"),
    /**
     * The mailbox customers' answers to ticket emails reach (your inbound mail service forwards it to
     * POST /api/inbound/email): ticket emails reply to `<local>+t-<token>@<domain>` of it. Unset: MAIL_FROM's address.
     */
    MAIL_REPLY_ADDRESS: z.email("MAIL_REPLY_ADDRESS must be an email address").optional(),
    /** Shared secret the inbound mail service sends as `Authorization: Bearer …`; unset, POST /api/inbound/email answers 404. */
    INBOUND_EMAIL_SECRET: z.string().min(16, "INBOUND_EMAIL_SECRET must be at least 16 characters").optional(),
    /** How often the outbox is looked at for messages to deliver; 0 turns delivery off. */
    MAIL_DELIVERY_SECONDS: z.coerce.number().int().min(0).default(10),
    /** End-to-end tests only: `POST /api/test/jobs/{name}` runs a periodic job at once instead of waiting for its tick. */
    TEST_HOOKS: z
      .enum(["true", "false", "1", "0"], "TEST_HOOKS is true or false")
      .transform((v) => v === "true" || v === "1")
      .default(false),
    /**
     * Tests only: a file each API answer is checked against its route's declared answers into, one JSON
     * line per answer (lib/api-contract-recorder.ts). Unset: nothing is checked.
     */
    API_CONTRACT_LOG: z.string().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    const pusherCredentials = [value.PUSHER_APP_ID, value.PUSHER_KEY, value.PUSHER_SECRET].filter(Boolean).length;
    if (pusherCredentials !== 0 && pusherCredentials !== 3) {
      ctx.addIssue({
        code: "custom",
        path: ["PUSHER_APP_ID"],
        message: "PUSHER_APP_ID, PUSHER_KEY and PUSHER_SECRET go together: set all three, or none for the built-in stream",
      });
    }
    if (pusherCredentials === 3 && !value.PUSHER_HOST && !value.PUSHER_CLUSTER) {
      ctx.addIssue({
        code: "custom",
        path: ["PUSHER_HOST"],
        message: "Pusher needs PUSHER_CLUSTER (hosted Pusher) or PUSHER_HOST (a self-hosted server such as soketi)",
      });
    }
    if (value.MONITOR_RSS_DEGRADED_MB >= value.MONITOR_RSS_DOWN_MB) {
      ctx.addIssue({
        code: "custom",
        path: ["MONITOR_RSS_DEGRADED_MB"],
        message: "MONITOR_RSS_DEGRADED_MB must be below MONITOR_RSS_DOWN_MB",
      });
    }
    if (value.MONITOR_LAG_DEGRADED_MS >= value.MONITOR_LAG_DOWN_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["MONITOR_LAG_DEGRADED_MS"],
        message: "MONITOR_LAG_DEGRADED_MS must be below MONITOR_LAG_DOWN_MS",
      });
    }
    if (value.NODE_ENV === "production" && value.DATABASE_URL && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production with an external database",
      });
    }
  });

/** The bare address of `Name <address>` or of an address. */
const addressOf = (mailbox: string) => (mailbox.match(/<([^<>\s]+)>\s*$/)?.[1] ?? mailbox).trim();

export type PusherSettings = {
  appId: string;
  key: string;
  secret: string;
  /** Hosted Pusher's cluster (e.g. `eu`); unused when `host` is set. */
  cluster?: string;
  /** A self-hosted Pusher-protocol server (soketi); wins over `cluster`. */
  host?: string;
  port?: number;
  useTLS: boolean;
  /** How long one trigger may take before it counts as failed. */
  timeoutMs: number;
};

export type RealtimeSettings = { transport: "pusher"; pusher: PusherSettings } | { transport: "stream" };

function realtimeSettings(value: z.infer<typeof schema>): RealtimeSettings {
  const { PUSHER_APP_ID: appId, PUSHER_KEY: key, PUSHER_SECRET: secret } = value;
  if (!appId || !key || !secret) return { transport: "stream" };
  return {
    transport: "pusher",
    pusher: {
      appId,
      key,
      secret,
      cluster: value.PUSHER_CLUSTER,
      host: value.PUSHER_HOST,
      port: value.PUSHER_PORT,
      // Hosted Pusher is TLS only; a self-hosted server on a private network often is not.
      useTLS: value.PUSHER_USE_TLS ?? !value.PUSHER_HOST,
      timeoutMs: value.PUSHER_TIMEOUT_MS,
    },
  };
}

/** Every variable the app reads: `.env.example` and docs/configuration.md list each one (a test checks). */
export const settingNames = Object.keys(schema.shape);

/** Validates a set of variables (process.env for the app; tests pass their own). Throws on invalid configuration. */
export function loadEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const value = parsed.data;
  const authSecret = value.AUTH_SECRET ?? readOrCreateDevSecret().secret;
  return {
    nodeEnv: value.NODE_ENV,
    isProduction: value.NODE_ENV === "production",
    databaseUrl: value.DATABASE_URL,
    pgliteDir: value.PGLITE_DIR,
    databasePool: {
      size: value.DATABASE_POOL_SIZE,
      timeoutMs: value.DATABASE_POOL_TIMEOUT_MS,
      transactionTimeoutMs: value.DATABASE_TRANSACTION_TIMEOUT_MS,
    },
    authSecret,
    appUrl: value.APP_URL.replace(/\/+$/, ""),
    seedDemo: value.SEED_DEMO,
    firstAdmin: value.ADMIN_EMAIL ? { email: value.ADMIN_EMAIL.trim().toLowerCase(), password: value.ADMIN_PASSWORD } : undefined,
    logLevel: value.LOG_LEVEL,
    trustedProxyHops: value.TRUSTED_PROXY_HOPS,
    loginThrottle: {
      maxFailures: value.LOGIN_MAX_FAILURES,
      windowMs: value.LOGIN_WINDOW_MINUTES * 60_000,
    },
    slaSweepMs: value.SLA_SWEEP_SECONDS * 1000,
    alertEvaluationMs: value.ALERT_EVALUATION_SECONDS * 1000,
    alertDeliveryMs: value.ALERT_DELIVERY_SECONDS * 1000,
    monitor: {
      tickMs: value.MONITOR_TICK_SECONDS * 1000,
      rssMb: { degraded: value.MONITOR_RSS_DEGRADED_MB, down: value.MONITOR_RSS_DOWN_MB },
      lagMs: { degraded: value.MONITOR_LAG_DEGRADED_MS, down: value.MONITOR_LAG_DOWN_MS },
    },
    metricsFlushMs: value.METRICS_FLUSH_MS,
    metricsToken: value.METRICS_TOKEN,
    realtime: realtimeSettings(value),
    /** Open built-in realtime streams one client address may hold on one instance. */
    realtimeStreamsPerAddress: value.REALTIME_STREAMS_PER_ADDRESS,
    mail: {
      smtpUrl: value.SMTP_URL,
      from: value.MAIL_FROM,
      deliveryMs: value.MAIL_DELIVERY_SECONDS * 1000,
      replyAddress: value.MAIL_REPLY_ADDRESS ?? addressOf(value.MAIL_FROM),
      /** Signs ticket reply addresses; derived from AUTH_SECRET, so rotating that secret voids the addresses sent. */
      replyTokenKey: createHmac("sha256", authSecret).update("orbite/ticket-reply-address").digest(),
    },
    inboundEmailSecret: value.INBOUND_EMAIL_SECRET,
    testHooks: value.TEST_HOOKS,
    apiContractLog: value.API_CONTRACT_LOG,
  };
}

export const env = loadEnv(process.env);
export type Env = typeof env;
