import { describe, expect, it } from "vitest";
import { dayBand, impactState, overallState, serviceState } from "./state";

describe("a service's public state", () => {
  it("is the worst of its monitor and its open incidents", () => {
    expect(serviceState({ status: "UP", enabled: true }, [])).toBe("operational");
    expect(serviceState({ status: "DEGRADED", enabled: true }, [])).toBe("degraded");
    expect(serviceState({ status: "UP", enabled: true }, [{ impact: "MINOR", state: "INVESTIGATING" }])).toBe("degraded");
    expect(serviceState({ status: "DEGRADED", enabled: true }, [{ impact: "CRITICAL", state: "MONITORING" }])).toBe("outage");
    expect(serviceState({ status: "DOWN", enabled: true }, [{ impact: "NONE", state: "IDENTIFIED" }])).toBe("outage");
  });

  it("forgets resolved incidents, and says unknown without a measurement unless an incident says more", () => {
    expect(serviceState({ status: "UP", enabled: true }, [{ impact: "CRITICAL", state: "RESOLVED" }])).toBe("operational");
    expect(serviceState({ status: "UNKNOWN", enabled: true }, [])).toBe("unknown");
    expect(serviceState({ status: "UP", enabled: false }, [])).toBe("unknown");
    expect(serviceState({ status: "UNKNOWN", enabled: true }, [{ impact: "MAJOR", state: "INVESTIGATING" }])).toBe("outage");
    expect(serviceState({ status: "UNKNOWN", enabled: true }, [{ impact: "NONE", state: "INVESTIGATING" }])).toBe("operational");
  });

  it("reads impacts: none informs, minor degrades, major and critical are outages", () => {
    expect(["NONE", "MINOR", "MAJOR", "CRITICAL"].map((impact) => impactState(impact as "NONE"))).toEqual([
      "operational",
      "degraded",
      "outage",
      "outage",
    ]);
  });
});

describe("the overall state", () => {
  it("is the worst known state, operational when nothing is known", () => {
    expect(overallState([])).toBe("operational");
    expect(overallState(["unknown", "unknown"])).toBe("operational");
    expect(overallState(["operational", "degraded", "unknown"])).toBe("degraded");
    expect(overallState(["degraded", "outage", "operational"])).toBe("outage");
  });
});

describe("a day's bar", () => {
  it("is coloured by its uptime, grey without data", () => {
    expect(dayBand(null)).toBe("none");
    expect(dayBand(100)).toBe("operational");
    expect(dayBand(99.9)).toBe("operational");
    expect(dayBand(99.5)).toBe("degraded");
    expect(dayBand(95)).toBe("degraded");
    expect(dayBand(75)).toBe("outage");
  });
});
