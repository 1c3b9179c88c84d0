import { route } from "@/lib/http";
import { firingAlerts, listAlerts } from "@/lib/livepulse/alerts/queries";
import { opened, raiseAlert, receiveAlertmanager } from "@/lib/livepulse/alerts/raise-alert";
import { alertListQuery, alertListResponse, raiseAlertBody, raiseAlertResponse } from "@/lib/livepulse/alerts/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/alerts",
    summary:
      "Alerts (open by default, or status=FIRING|ACKNOWLEDGED|RESOLVED|SUPPRESSED|all), newest first, paginated: each with its rule or who raised it, its monitor, who acknowledged it and the maintenance window that suppressed it; with the firing count. Rules: GET /api/livepulse/alert-rules",
    tags: ["livepulse"],
    access: "livepulse:read",
    query: alertListQuery,
    response: alertListResponse,
    errors: [],
  },
  async ({ user, query }) => {
    const [alerts, firing] = await Promise.all([listAlerts(user, query), firingAlerts(user)]);
    return { ...alerts, firing };
  },
);

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/alerts",
    summary:
      'Raise an alert (support, admin; a personal API token needs the alerts:raise scope). Either one alert { title, severity, service (a monitor\'s id or name), details, source, fingerprint, status, labels, link }: a fingerprint updates its source\'s open alert instead of opening another, and status "resolved" resolves it (404 when the fingerprint never raised one). Or a Prometheus Alertmanager webhook notification (version "4"): each alert, by fingerprint, opens, updates or resolves one alert, answered as { alerts }. A maintenance window on the monitor records the alert as SUPPRESSED. 201 when an alert was opened, 200 when existing ones were updated or resolved',
    tags: ["livepulse"],
    access: "alerts:raise",
    body: raiseAlertBody,
    response: raiseAlertResponse,
    status: 201,
    repeatStatus: 200,
    errors: ["NOT_FOUND"],
  },
  async ({ user, body }) => {
    if (body.version === "4") {
      const results = await receiveAlertmanager(user, body);
      return Response.json({ alerts: results.map((r) => r.alert) }, { status: results.some((r) => opened(r.outcome)) ? 201 : 200 });
    }
    const { alert, outcome } = await raiseAlert(user, body);
    return Response.json(alert, { status: opened(outcome) ? 201 : 200 });
  },
);
