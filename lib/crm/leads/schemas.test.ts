import { describe, expect, it } from "vitest";
import { activityCreateSchema, leadCreateSchema, leadListQuery, leadUpdateSchema } from "./schemas";

describe("lead schemas", () => {
  it("reads list filters from a URL: comma lists, mine flag, defaults", () => {
    expect(leadListQuery.parse({ stage: "NEW,WON", mine: "1", page: "2" })).toMatchObject({
      stage: ["NEW", "WON"],
      mine: true,
      page: 2,
      pageSize: 25,
      sort: "createdAt",
      dir: "desc",
    });
    expect(leadListQuery.safeParse({ sort: "password" }).success).toBe(false);
    expect(leadListQuery.safeParse({ createdFrom: "25/11/2026" }).success).toBe(false);
  });

  it("normalises a new lead and refuses a bad email or phone", () => {
    expect(leadCreateSchema.parse({ name: " Ana ", email: "ANA@Example.test", company: "" })).toMatchObject({
      name: "Ana",
      email: "ana@example.test",
      company: undefined,
      stage: "NEW",
      source: "OTHER",
      valueCents: 0,
      assigneeId: null,
    });
    expect(leadCreateSchema.safeParse({ name: "Ana", email: "nope" }).success).toBe(false);
    expect(leadCreateSchema.safeParse({ name: "Ana", email: "a@b.test", phone: "call me" }).success).toBe(false);
  });

  it("clears optional fields with an empty text, leaves absent ones alone, and never sets WON here", () => {
    expect(leadUpdateSchema.parse({ company: "" })).toEqual({ company: null });
    expect(leadUpdateSchema.parse({ notes: null, name: "B" })).toEqual({ notes: null, name: "B" });
    expect(leadUpdateSchema.safeParse({}).success).toBe(false);
    expect(leadUpdateSchema.safeParse({ stage: "WON" }).success).toBe(false);
  });

  it("requires a due date for tasks only", () => {
    expect(activityCreateSchema.safeParse({ type: "TASK", subject: "Follow up" }).success).toBe(false);
    expect(activityCreateSchema.safeParse({ type: "CALL", subject: "Discovery call" }).success).toBe(true);
    expect(activityCreateSchema.safeParse({ type: "STAGE_CHANGE", subject: "x" }).success).toBe(false);
  });
});
