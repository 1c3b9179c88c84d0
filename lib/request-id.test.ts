import { describe, expect, it } from "vitest";
import { currentRequestId, requestIdFrom, withRequestId } from "./request-id";

describe("request ids", () => {
  it("keeps a proxy's id and replaces one that a log line should not carry", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-7f3a:42" }))).toBe("lb-7f3a:42");
    for (const bad of ["", "a b", "x".repeat(129), "id\nforged=1", "é"]) {
      const id = requestIdFrom(new Headers(bad ? { "x-request-id": encodeURIComponent(bad) === bad ? bad : "a b" } : {}));
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("is known to everything the request runs, awaits included, and to nothing else", async () => {
    expect(currentRequestId()).toBeUndefined();
    const seen = await withRequestId("req-1", async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return currentRequestId();
    });
    expect(seen).toBe("req-1");
    expect(currentRequestId()).toBeUndefined();
  });
});
