import "server-only";
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
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
    /** How often overdue SLA deadlines are looked for; 0 turns the sweep off. */
    SLA_SWEEP_SECONDS: z.coerce.number().int().min(0).default(60),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && value.DATABASE_URL && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production with an external database",
      });
    }
  });

function load() {
  const parsed = schema.safeParse(process.env);
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
    authSecret,
    logLevel: value.LOG_LEVEL,
    loginThrottle: {
      maxFailures: value.LOGIN_MAX_FAILURES,
      windowMs: value.LOGIN_WINDOW_MINUTES * 60_000,
    },
    slaSweepMs: value.SLA_SWEEP_SECONDS * 1000,
  };
}

export const env = load();
export type Env = typeof env;
