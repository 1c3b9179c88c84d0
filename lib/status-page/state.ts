/**
 * The status page's logic, pure: a service's public state from its monitor and its open incidents,
 * the overall state, and the colour band of a day's uptime. Shared by the page, the API and the portal.
 */
import type { IncidentImpactName, IncidentStateName } from "./schemas";

export type ServiceState = "operational" | "degraded" | "outage" | "unknown";
export type OverallState = Exclude<ServiceState, "unknown">;
type MonitorStatus = "UP" | "DEGRADED" | "DOWN" | "UNKNOWN";

const rank: Record<ServiceState, number> = { unknown: -1, operational: 0, degraded: 1, outage: 2 };

/** The worse of two states; unknown only when nothing is known. */
export function worse(a: ServiceState, b: ServiceState): ServiceState {
  return rank[a] >= rank[b] ? a : b;
}

/** What an open incident's impact tells the customers: none is informational, minor degrades, major and critical are outages. */
export function impactState(impact: IncidentImpactName): ServiceState {
  if (impact === "MAJOR" || impact === "CRITICAL") return "outage";
  if (impact === "MINOR") return "degraded";
  return "operational";
}

export function monitorState(status: MonitorStatus, enabled: boolean): ServiceState {
  if (!enabled || status === "UNKNOWN") return "unknown";
  if (status === "DOWN") return "outage";
  if (status === "DEGRADED") return "degraded";
  return "operational";
}

/** A service's state: the worst of what its monitor measures and what its open incidents declare. */
export function serviceState(
  monitor: { status: MonitorStatus; enabled: boolean },
  incidents: ReadonlyArray<{ impact: IncidentImpactName; state: IncidentStateName }>,
): ServiceState {
  return incidents
    .filter((incident) => incident.state !== "RESOLVED")
    .reduce<ServiceState>((state, incident) => worse(state, impactState(incident.impact)), monitorState(monitor.status, monitor.enabled));
}

/** The banner: the worst state of the services (unknown ones say nothing), operational when there are none. */
export function overallState(states: readonly ServiceState[]): OverallState {
  const known = states.filter((state): state is OverallState => state !== "unknown");
  return known.reduce<OverallState>((all, state) => (rank[state] > rank[all] ? state : all), "operational");
}

export type DayBand = "none" | "operational" | "degraded" | "outage";

/** A day's bar colour from its uptime: none without data, then at or above 99.9 %, 95 %, below. */
export function dayBand(uptime: number | null): DayBand {
  if (uptime === null) return "none";
  if (uptime >= 99.9) return "operational";
  if (uptime >= 95) return "degraded";
  return "outage";
}
