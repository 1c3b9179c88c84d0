import { beforeAll, describe, expect, it, vi } from "vitest";

let loadEnv: typeof import("./env").loadEnv;
const base = { AUTH_SECRET: "x".repeat(32) };
const pusher = { PUSHER_APP_ID: "1", PUSHER_KEY: "key", PUSHER_SECRET: "secret" };

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", base.AUTH_SECRET);
  ({ loadEnv } = await import("./env"));
});

describe("realtime configuration", () => {
  it("uses the built-in stream when no Pusher credentials are set", () => {
    expect(loadEnv(base).realtime).toEqual({ transport: "stream" });
  });

  it("uses hosted Pusher by cluster, over TLS", () => {
    expect(loadEnv({ ...base, ...pusher, PUSHER_CLUSTER: "eu" }).realtime).toEqual({
      transport: "pusher",
      pusher: { appId: "1", key: "key", secret: "secret", cluster: "eu", host: undefined, port: undefined, useTLS: true, timeoutMs: 2000 },
    });
  });

  it("uses a self-hosted server by host and port, without TLS unless asked", () => {
    const settings = loadEnv({ ...base, ...pusher, PUSHER_HOST: "127.0.0.1", PUSHER_PORT: "6001", PUSHER_TIMEOUT_MS: "800" }).realtime;
    expect(settings).toMatchObject({ transport: "pusher", pusher: { host: "127.0.0.1", port: 6001, useTLS: false, timeoutMs: 800 } });
    expect(loadEnv({ ...base, ...pusher, PUSHER_HOST: "ws.example.com", PUSHER_USE_TLS: "true" }).realtime).toMatchObject({
      pusher: { useTLS: true },
    });
  });

  it("refuses some credentials without the others, or credentials without a host or cluster", () => {
    expect(() => loadEnv({ ...base, PUSHER_APP_ID: "1", PUSHER_KEY: "key", PUSHER_CLUSTER: "eu" })).toThrow(/go together/);
    expect(() => loadEnv({ ...base, PUSHER_SECRET: "secret" })).toThrow(/go together/);
    expect(() => loadEnv({ ...base, ...pusher })).toThrow(/PUSHER_CLUSTER .* or PUSHER_HOST/);
  });

  it("refuses malformed values", () => {
    expect(() => loadEnv({ ...base, ...pusher, PUSHER_HOST: "http://soketi:6001" })).toThrow(/PUSHER_HOST/);
    expect(() => loadEnv({ ...base, ...pusher, PUSHER_HOST: "soketi", PUSHER_PORT: "99999" })).toThrow(/PUSHER_PORT/);
    expect(() => loadEnv({ ...base, ...pusher, PUSHER_HOST: "soketi", PUSHER_USE_TLS: "yes" })).toThrow(/PUSHER_USE_TLS/);
  });
});

describe("database pool configuration", () => {
  it("has bounded defaults and takes numbers", () => {
    expect(loadEnv(base).databasePool).toEqual({ size: 10, timeoutMs: 5000, transactionTimeoutMs: 10_000 });
    expect(
      loadEnv({ ...base, DATABASE_POOL_SIZE: "4", DATABASE_POOL_TIMEOUT_MS: "1500", DATABASE_TRANSACTION_TIMEOUT_MS: "3000" }).databasePool,
    ).toEqual({ size: 4, timeoutMs: 1500, transactionTimeoutMs: 3000 });
  });

  it("refuses a pool of nothing or an unbounded wait", () => {
    expect(() => loadEnv({ ...base, DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadEnv({ ...base, DATABASE_POOL_TIMEOUT_MS: "0" })).toThrow(/DATABASE_POOL_TIMEOUT_MS/);
  });
});

describe("the deployment kit's list of settings", () => {
  it("names every variable the app reads, in .env.example and docs/configuration.md", async () => {
    const { readFileSync } = await import("node:fs");
    const { settingNames } = await import("./env");
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
    const docs = readFileSync(new URL("../docs/configuration.md", import.meta.url), "utf8");
    const inExample = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));
    expect(settingNames.filter((name) => !inExample.has(name))).toEqual([]);
    expect(settingNames.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });
});
