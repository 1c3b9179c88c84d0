import { describe, expect, it } from "vitest";
import { chosenEmailCategories, optionalEmailCategories, receives } from "./preferences";

describe("email preferences", () => {
  it("gate only the categories a role chooses", () => {
    const customer = { role: "CUSTOMER" as const, emailCategories: ["TICKETS" as const] };
    expect(receives(customer, "REQUESTS")).toBe(false);
    expect(receives(customer, "TICKETS")).toBe(true);
    expect(receives(customer, "SECURITY")).toBe(true);
    expect(receives(customer, "ACCOUNT")).toBe(true);
    const support = { role: "SUPPORT" as const, emailCategories: ["REQUESTS" as const] };
    expect(receives(support, "STAFF")).toBe(false);
    // A customer's category is not staff's to choose: their own requests' mail still reaches them.
    expect(receives({ role: "ADMIN", emailCategories: [] }, "REQUESTS")).toBe(true);
  });

  it("offer customers requests, tickets and incidents, and staff the team's notices and alerts", () => {
    expect(optionalEmailCategories("CUSTOMER")).toEqual(["REQUESTS", "TICKETS", "INCIDENTS"]);
    expect(optionalEmailCategories("SELLER")).toEqual(["STAFF", "ALERTS"]);
    expect(chosenEmailCategories({ role: "SUPPORT", emailCategories: ["REQUESTS", "TICKETS", "STAFF"] })).toEqual(["STAFF"]);
  });
});
