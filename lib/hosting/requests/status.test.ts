import { describe, expect, it } from "vitest";
import { nextStatuses } from "./status";

describe("nextStatuses", () => {
  it("lets a customer cancel only while the request is pending", () => {
    expect(nextStatuses("CUSTOMER", "SUBMITTED")).toEqual(["CANCELLED"]);
    expect(nextStatuses("CUSTOMER", "IN_REVIEW")).toEqual(["CANCELLED"]);
    expect(nextStatuses("CUSTOMER", "QUOTED")).toEqual([]);
  });
  it("walks sellers and admins along the path, never out of a final status", () => {
    expect(nextStatuses("SELLER", "SUBMITTED")).toEqual(["IN_REVIEW", "REJECTED", "CANCELLED"]);
    expect(nextStatuses("ADMIN", "PROVISIONING")).toEqual(["ACTIVE"]);
    for (const final of ["ACTIVE", "REJECTED", "CANCELLED"] as const) expect(nextStatuses("ADMIN", final)).toEqual([]);
  });
  it("gives support no status changes", () => {
    expect(nextStatuses("SUPPORT", "SUBMITTED")).toEqual([]);
  });
});
