import { describe, expect, it } from "vitest";
import { unavailableError, uniqueViolation } from "./db-errors";

describe("unavailableError", () => {
  it("answers 503 with a wait for errors that mean the database cannot serve now", () => {
    const cases: unknown[] = [
      { code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." },
      { code: "P2024", message: "Timed out fetching a new connection from the connection pool." },
      { code: "P1001" },
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("timeout exceeded when trying to connect"),
      // What @prisma/adapter-pg lets through from pg under saturation, as measured: the pool's wait ran
      // out, or a new connection did not open in that time.
      new Error("Connection terminated due to connection timeout", { cause: new Error("Connection terminated unexpectedly") }),
      {
        code: "P2028",
        message: "Transaction API error: Transaction already closed: A commit cannot be executed on an expired transaction.",
      },
      { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } },
      { message: "wrapped", cause: { code: "57P01" } },
      { code: "P2010", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } } },
    ];
    for (const error of cases) {
      const answer = unavailableError(error);
      expect(answer?.status, JSON.stringify(error)).toBe(503);
      expect(answer?.meta?.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it("leaves every other error alone", () => {
    for (const error of [
      new Error("boom"),
      { code: "P2002" },
      { code: "23505" },
      null,
      "text",
      { cause: { code: "P2025" } },
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } },
    ]) {
      expect(unavailableError(error)).toBeUndefined();
    }
  });
});

describe("uniqueViolation", () => {
  it("recognises a unique index refusing a row, from Prisma's own writes and from a raw statement", () => {
    expect(uniqueViolation({ code: "P2002", meta: { target: ["email"] } })).toBe(true);
    expect(uniqueViolation({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } })).toBe(true);
    expect(uniqueViolation({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "23505" } } } })).toBe(true);
    expect(uniqueViolation({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "23503" } } } })).toBe(false);
    expect(uniqueViolation(new Error("boom"))).toBe(false);
    expect(uniqueViolation(null)).toBe(false);
  });
});
