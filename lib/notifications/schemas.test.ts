import { describe, expect, it } from "vitest";
import { fieldErrorsFromIssues } from "../errors";
import { markReadSchema, notificationListQuery } from "./schemas";
import { localLink, parseNotificationEvent } from "./types";

const errorsOf = (value: unknown) => {
  const result = markReadSchema.safeParse(value);
  return result.success ? null : fieldErrorsFromIssues(result.error.issues);
};

describe("notificationListQuery", () => {
  it("defaults to every notification, first page of 20", () => {
    expect(notificationListQuery.parse({})).toEqual({ unread: false, page: 1, pageSize: 20 });
  });
  it("reads the unread filter and pages from the URL", () => {
    expect(notificationListQuery.parse({ unread: "1", page: "3", pageSize: "10" })).toEqual({ unread: true, page: 3, pageSize: 10 });
    expect(notificationListQuery.parse({ unread: "true" }).unread).toBe(true);
    expect(notificationListQuery.parse({ unread: "0" }).unread).toBe(false);
  });
  it("refuses a page below 1 and a page size above 50", () => {
    expect(notificationListQuery.safeParse({ page: "0" }).success).toBe(false);
    expect(notificationListQuery.safeParse({ pageSize: "51" }).success).toBe(false);
  });
});

describe("markReadSchema", () => {
  it("takes ids (once each) or all", () => {
    expect(markReadSchema.parse({ ids: ["a", "b", "a"] })).toEqual({ ids: ["a", "b"] });
    expect(markReadSchema.parse({ all: true })).toEqual({ all: true });
  });
  it("wants exactly one of them, with message keys on the fields", () => {
    expect(errorsOf({})).toEqual({ ids: ["idsOrAll"] });
    expect(errorsOf({ ids: ["a"], all: true })).toEqual({ ids: ["idsOrAll"] });
    expect(errorsOf({ ids: [] })).toEqual({ ids: ["required"] });
    expect(errorsOf({ ids: "a" })).toEqual({ ids: ["invalid"] });
    expect(errorsOf({ all: false })).toEqual({ all: ["invalid"] });
    expect(errorsOf({ ids: Array.from({ length: 101 }, (_, i) => `n${i}`) })).toEqual({ ids: ["tooLarge"] });
    expect(errorsOf(undefined)).toEqual({ _: ["invalid"] });
  });
});

describe("parseNotificationEvent", () => {
  it("reads a new notification", () => {
    expect(
      parseNotificationEvent({
        id: "n1",
        type: "LEAD_ASSIGNED",
        title: "Jeanne Test · Acme",
        body: null,
        link: "/crm/leads/l1",
        createdAt: "2026-11-25T12:00:00.000Z",
      }),
    ).toEqual({
      kind: "created",
      notification: {
        id: "n1",
        type: "LEAD_ASSIGNED",
        title: "Jeanne Test · Acme",
        body: null,
        link: "/crm/leads/l1",
        readAt: null,
        createdAt: "2026-11-25T12:00:00.000Z",
      },
    });
  });
  it("reads read marks from another tab", () => {
    expect(parseNotificationEvent({ read: "all", unread: 0 })).toEqual({ kind: "read", ids: "all", unread: 0 });
    expect(parseNotificationEvent({ read: ["n1"], unread: 4 })).toEqual({ kind: "read", ids: ["n1"], unread: 4 });
  });
  it("ignores what it does not understand, and links to other sites", () => {
    expect(parseNotificationEvent({ id: "n1", type: "NOPE", title: "x" })).toBeNull();
    expect(parseNotificationEvent({ read: "all" })).toBeNull();
    expect(parseNotificationEvent({ id: "n1", type: "SYSTEM", title: "x", link: "https://evil.example" })).toMatchObject({
      notification: { link: null },
    });
    expect(localLink("//evil.example")).toBeNull();
    expect(localLink("/hosting/requests/r1")).toBe("/hosting/requests/r1");
  });
});
