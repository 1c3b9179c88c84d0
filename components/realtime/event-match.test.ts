import { describe, expect, it } from "vitest";
import { matchesEvent } from "./event-match";

describe("matchesEvent", () => {
  it("lets every event through without a filter", () => {
    expect(matchesEvent({ id: "a" }, undefined)).toBe(true);
  });
  it("compares the named fields", () => {
    expect(matchesEvent({ id: "a", status: "QUOTED" }, { id: "a" })).toBe(true);
    expect(matchesEvent({ id: "b" }, { id: "a" })).toBe(false);
    expect(matchesEvent({ id: "a" }, { id: "a", status: "QUOTED" })).toBe(false);
  });
  it("accepts any value for true, but not a missing or null one", () => {
    expect(matchesEvent({ id: "a", requestId: "r1" }, { requestId: true })).toBe(true);
    expect(matchesEvent({ id: "a" }, { requestId: true })).toBe(false);
    expect(matchesEvent({ id: "a", requestId: null }, { requestId: true })).toBe(false);
  });
  it("finds an id in a bulk event, and treats a bulk event without its list as concerning everyone", () => {
    expect(matchesEvent({ ids: ["a", "b"], count: 2 }, { id: "b" })).toBe(true);
    expect(matchesEvent({ ids: ["a", "b"], count: 2 }, { id: "c" })).toBe(false);
    expect(matchesEvent({ ids: null, count: 80 }, { id: "c" })).toBe(true);
  });
});
