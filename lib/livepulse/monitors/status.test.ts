import { describe, expect, it } from "vitest";
import { monitorSchema, monitorUpdateSchema } from "./schemas";
import {
  daysLeft,
  errorText,
  httpOutcome,
  isDue,
  keywordError,
  parseHostPort,
  parseKeywordError,
  statusFromThresholds,
  uptimePercent,
} from "./status";

describe("statusFromThresholds", () => {
  const thresholds = { degraded: 100, down: 500 };
  it("is UP below the degraded threshold, DEGRADED from it, DOWN from the down one", () => {
    expect(statusFromThresholds(12, thresholds)).toBe("UP");
    expect(statusFromThresholds(99.9, thresholds)).toBe("UP");
    expect(statusFromThresholds(100, thresholds)).toBe("DEGRADED");
    expect(statusFromThresholds(499, thresholds)).toBe("DEGRADED");
    expect(statusFromThresholds(500, thresholds)).toBe("DOWN");
  });
});

describe("httpOutcome", () => {
  it("is UP on the expected status and DOWN with what came back otherwise", () => {
    expect(httpOutcome(200, 200, 12)).toEqual({ status: "UP", latencyMs: 12, error: null });
    expect(httpOutcome(200, 503, 8)).toEqual({ status: "DOWN", latencyMs: 8, error: "expected 200, got 503" });
    expect(httpOutcome(204, 200, 3).error).toBe("expected 204, got 200");
  });
});

describe("parseHostPort", () => {
  it("reads host names, IPv4 and bracketed IPv6 with a port", () => {
    expect(parseHostPort("db.internal:5432")).toEqual({ host: "db.internal", port: 5432 });
    expect(parseHostPort("127.0.0.1:80")).toEqual({ host: "127.0.0.1", port: 80 });
    expect(parseHostPort("[::1]:6379")).toEqual({ host: "::1", port: 6379 });
  });
  it("refuses a missing or out-of-range port, a scheme, spaces", () => {
    for (const bad of ["db.internal", "db:0", "db:70000", "http://db:80", "db :80", ":80", "-db:80"]) {
      expect(parseHostPort(bad), bad).toBeNull();
    }
  });
});

describe("uptimePercent", () => {
  it("counts UP and DEGRADED as available, leaves unknown results out", () => {
    expect(uptimePercent({})).toBeNull();
    expect(uptimePercent({ UNKNOWN: 3 })).toBeNull();
    expect(uptimePercent({ UP: 2, DEGRADED: 1, DOWN: 1 })).toBe(75);
    expect(uptimePercent({ UP: 1, DOWN: 2, UNKNOWN: 5 })).toBe(33.33);
    expect(uptimePercent({ UP: 288 })).toBe(100);
  });
});

describe("isDue", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  it("is due when never checked or once the interval has passed", () => {
    expect(isDue({ lastCheckedAt: null, intervalSeconds: 60 }, now)).toBe(true);
    expect(isDue({ lastCheckedAt: new Date(now.getTime() - 60_000), intervalSeconds: 60 }, now)).toBe(true);
    expect(isDue({ lastCheckedAt: new Date(now.getTime() - 59_000), intervalSeconds: 60 }, now)).toBe(false);
  });
});

describe("errorText", () => {
  it("keeps the cause of a failed fetch and stays on one short line", () => {
    const error = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") });
    expect(errorText(error)).toBe("fetch failed: connect ECONNREFUSED 127.0.0.1:9");
    expect(errorText(new Error("a\n  b")).length).toBeLessThanOrEqual(300);
    expect(errorText(new Error("a\n  b"))).toBe("a b");
  });
});

describe("monitorSchema", () => {
  const http = { name: "Site vitrine", kind: "HTTP", target: "https://example.test/health", timeoutMs: 5000, intervalSeconds: 60 };
  const issue = (input: Record<string, unknown>) => monitorSchema.safeParse(input).error?.issues[0];
  it("accepts an HTTP monitor, expecting 200 unless told, and a TCP one without expected status", () => {
    expect(monitorSchema.parse(http)).toMatchObject({ expectedStatus: 200, enabled: true });
    expect(monitorSchema.parse({ ...http, kind: "TCP", target: "db.internal:5432", expectedStatus: 200 }).expectedStatus).toBeNull();
  });
  it("puts each refusal on its field", () => {
    expect(issue({ ...http, target: "ftp://example.test" })).toMatchObject({ path: ["target"], message: "httpUrl" });
    expect(issue({ ...http, target: "example.test" })).toMatchObject({ path: ["target"], message: "httpUrl" });
    expect(issue({ ...http, kind: "TCP", target: "db.internal" })).toMatchObject({ path: ["target"], message: "hostPort" });
    expect(issue({ ...http, timeoutMs: 99 })).toMatchObject({ path: ["timeoutMs"], message: "timeoutRange" });
    expect(issue({ ...http, timeoutMs: 30_001 })).toMatchObject({ path: ["timeoutMs"], message: "timeoutRange" });
    expect(issue({ ...http, intervalSeconds: 5 })).toMatchObject({ path: ["intervalSeconds"], message: "intervalRange" });
    expect(issue({ ...http, intervalSeconds: 3601 })).toMatchObject({ path: ["intervalSeconds"], message: "intervalRange" });
    expect(issue({ ...http, expectedStatus: 99 })).toMatchObject({ path: ["expectedStatus"], message: "statusRange" });
    expect(issue({ ...http, expectedStatus: 600 })).toMatchObject({ path: ["expectedStatus"], message: "statusRange" });
  });
  it("lets a built-in check's settings change without a kind or target", () => {
    expect(monitorUpdateSchema.parse({ name: "Base", intervalSeconds: 30, timeoutMs: 2000, enabled: false })).toMatchObject({
      enabled: false,
    });
  });
});

describe("keywordError", () => {
  it("judges a body against a keyword in either mode", () => {
    expect(keywordError("Bienvenue à tous", "Bienvenue", "PRESENT")).toBeNull();
    expect(keywordError("Maintenance", "Bienvenue", "PRESENT")).toBe('keyword "Bienvenue" not found');
    expect(keywordError("Maintenance", "Erreur", "ABSENT")).toBeNull();
    expect(keywordError("Erreur 500", "Erreur", "ABSENT")).toBe('keyword "Erreur" found');
  });

  it("is read back for the page, and other errors are left alone", () => {
    expect(parseKeywordError('keyword "a "b"" not found')).toEqual({ keyword: 'a "b"', found: false });
    expect(parseKeywordError('keyword "x" found')).toEqual({ keyword: "x", found: true });
    expect(parseKeywordError("expected 200, got 503")).toBeNull();
  });
});

describe("daysLeft", () => {
  it("counts whole days, negative once expired", () => {
    const now = new Date("2026-12-05T12:00:00Z");
    expect(daysLeft(new Date("2026-12-15T12:00:00Z"), now)).toBe(10);
    expect(daysLeft(new Date("2026-12-06T11:00:00Z"), now)).toBe(0);
    expect(daysLeft(new Date("2026-12-04T12:00:00Z"), now)).toBe(-1);
  });
});
