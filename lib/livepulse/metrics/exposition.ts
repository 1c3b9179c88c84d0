import "server-only";
import { Gauge } from "prom-client";
import { metricKinds } from "./kinds";
import { instruments } from "./prometheus";
import { CURRENT_WINDOW_MINUTES } from "./snapshot";
import { metricValue, type MeasuredMetric } from "./values";

type Fleet = { name: string; help: string; metric: MeasuredMetric; window: number; perKind: boolean };

/** Fleet-wide figures, read from the per-minute rows of every instance at scrape time. */
const fleet: Fleet[] = [
  {
    name: "livepulse_requests_per_minute",
    help: "Requests per minute over the last 5 minutes, all instances.",
    metric: "REQUESTS_PER_MINUTE",
    window: CURRENT_WINDOW_MINUTES.requests,
    perKind: true,
  },
  {
    name: "livepulse_p95_latency_ms",
    help: "95th percentile latency in ms over the last 5 minutes, all instances.",
    metric: "P95_LATENCY_MS",
    window: CURRENT_WINDOW_MINUTES.requests,
    perKind: true,
  },
  {
    name: "livepulse_error_rate_percent",
    help: "Share of requests failed on the server over the last 5 minutes, in percent.",
    metric: "ERROR_RATE",
    window: CURRENT_WINDOW_MINUTES.requests,
    perKind: true,
  },
  {
    name: "livepulse_active_users",
    help: "Signed-in users seen in the last 5 minutes.",
    metric: "ACTIVE_USERS",
    window: CURRENT_WINDOW_MINUTES.requests,
    perKind: false,
  },
  {
    name: "livepulse_form_submissions_per_hour",
    help: "Hosting request form submissions in the last hour.",
    metric: "FORM_SUBMISSIONS_PER_HOUR",
    window: CURRENT_WINDOW_MINUTES.business,
    perKind: false,
  },
  {
    name: "livepulse_new_leads_per_hour",
    help: "CRM leads created in the last hour.",
    metric: "NEW_LEADS_PER_HOUR",
    window: CURRENT_WINDOW_MINUTES.business,
    perKind: false,
  },
  {
    name: "livepulse_new_tickets_per_hour",
    help: "Support tickets opened in the last hour.",
    metric: "NEW_TICKETS_PER_HOUR",
    window: CURRENT_WINDOW_MINUTES.business,
    perKind: false,
  },
];

const holder = globalThis as unknown as { __metricsFleetGauges?: boolean };

function registerFleetGauges() {
  if (holder.__metricsFleetGauges) return;
  holder.__metricsFleetGauges = true;
  const { registry } = instruments();
  for (const g of fleet) {
    new Gauge({
      name: g.name,
      help: g.help,
      labelNames: g.perKind ? ["kind"] : [],
      registers: [registry],
      async collect() {
        const now = new Date();
        if (!g.perKind) {
          this.set(await metricValue(g.metric, g.window, now));
          return;
        }
        this.set({ kind: "all" }, await metricValue(g.metric, g.window, now));
        for (const kind of metricKinds) this.set({ kind: kind.toLowerCase() }, await metricValue(g.metric, g.window, now, kind));
      },
    });
  }
}

/** The Prometheus text exposition: this instance's counters and histogram, the fleet's gauges. */
export async function prometheusText(): Promise<{ body: string; contentType: string }> {
  registerFleetGauges();
  const { registry } = instruments();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
