/**
 * The API's tags, each with what a client needs to know beyond one route: the rules and figures
 * its routes share. Markdown, shown by the interactive reference and in docs/API.md.
 */
export const apiTags: ReadonlyArray<{ name: string; title: string; description: string }> = [
  {
    name: "account",
    title: "Account",
    description: `The signed-in user's own account: profile, email preferences, password, open sessions and personal API tokens. Each user reaches only their own; a token needs the \`account:manage\` scope, and a token cannot create tokens.`,
  },
  {
    name: "audit",
    title: "Audit log",
    description: `Every write records an \`AuditLog\` row in its transaction (\`writeAudit\` in \`lib/audit.ts\`: actor,
\`<record>.<verb>\` action, record type and id, \`before\` and \`after\` snapshots). \`/admin/audit\` and
\`GET /api/audit\` read them, admins only (\`audit:read\`); \`lib/audit-log/\` holds the module.

- **Filters**: \`actor\` (a user id, or \`system\` for rows no user wrote), \`entity\` (one of the record
  types in \`lib/audit-log/entities.ts\`, which a unit test checks against every \`writeAudit\` call),
  \`entityId\`, \`action\` (one of that catalogue; with \`entity\`, one of its actions), \`from\` and \`to\`
  (calendar days, both included, in the time zone \`tz\`: UTC unless given; the page sends the
  reader's). Any other value answers 422 with the field named (\`invalidEntity\`, \`invalidAction\`,
  \`actionNotOfEntity\`, \`invalidDate\`, \`periodReversed\`, \`invalidId\`, \`invalidTimeZone\`,
  \`invalidCursor\`); the page shows the same reasons in words instead of the list. The export
  refuses a bad filter with 422 before it streams anything.
- **Pages** are keyset, never OFFSET: rows come newest first by \`(createdAt, id)\`; \`older=<cursor>\`
  gives the rows after a page, \`newer=<cursor>\` the rows before it (\`<epoch ms>.<id>\`, the answer's
  \`older\` / \`newer\`, null at either end). Rows written in the same millisecond are told apart by
  id, so walking the pages never skips nor repeats one. \`pageSize\` 1–100, 50 by default.
- **Indexes**: one per filter, each ending in the page order: \`(createdAt, id)\`,
  \`(actorId, createdAt, id)\`, \`(entity, createdAt, id)\`, \`(entityId, createdAt, id)\` (an id names one
  record whatever its type, so it also serves \`entity\` + \`entityId\`), \`(action, createdAt, id)\`.
  \`npm run bench:audit\` checks every combination of filters on 1,000,000 rows: each statement's
  plan reads an index (the script exits 1 on a sequential scan of the table).
- **Diff**: \`lib/audit-log/diff.ts\` compares \`before\` and \`after\` field by field (nested objects as
  dotted paths, arrays whole, key order ignored) and keeps only what changed; the page strikes the
  old value and highlights the new one, shows amounts in \`…Cents\` fields in euros and instants in
  the reader's time zone, and folds values longer than a line. Records with a page (lead, request,
  ticket, plans, SLA table, alerts, services) are linked; a lead, a request, a ticket and each plan
  link back to their history for admins.`,
  },
  {
    name: "crm",
    title: "CRM",
    description: `Leads, their activities, the pipeline and the sales analytics.

### CRM analytics

\`from\` and \`to\` are UTC days (\`YYYY-MM-DD\`), both included; without them the
period is the last 30 days, today included, and it is compared with the same
number of days just before. \`from\` after \`to\`, an impossible date or a period
longer than 731 days answers 422 with \`fields\` (\`invalidDate\`, \`fromAfterTo\`,
\`rangeTooLong\`). Every figure is a SQL aggregate; money is integer cents.

A KPI is \`{ value, previous, change }\`: \`change\` is relative for counts and
amounts (\`0.25\` = +25 %) and in points for rates (\`0.05\` = +5 points), and
\`null\` when the previous figure is zero or missing.

- **newLeads**: leads created in the period.
- **conversionRate**: won ÷ (won + lost) among the leads closed in the period,
  by \`wonAt\` / \`lostAt\` (\`value\` is \`null\` when none closed).
- **pipeline**: count and value of the leads in open stages now (with the split
  per stage), against the pipeline at the period's start rebuilt from creation
  and closing dates (leads created before it and not yet won or lost then, at
  today's values: value edits are not versioned).
- **wonThisMonth**: value of the leads won in the month of the period's last
  day, up to that day, against the same days of the month before.
- **overdueActivities**: tasks past due and not completed (everyone's, and the
  caller's as \`mine\`); no previous figure.
- **tickets**: open tickets now (open, in progress, waiting for the customer),
  of which high or urgent, and tickets opened in the period as a KPI.

Support holds the tickets part of the dashboard only: the service returns
\`sales: null\` for them, and these routes (sales analytics) answer 403.

\`/conversion\` groups (\`by\`, default \`source\`): \`source\` and \`seller\` (the
assignee; \`none\` for unassigned leads) count leads created in the period and
leads won and lost in it, so a group's rate matches the dashboard's; \`period\`
does the same per \`week\` (Monday) or \`month\` (default), every bucket listed;
\`stage\` takes the leads created in the period and groups them by the stage they
are in now, with their count and value. \`total\` sums the period.

Lifetime value of a customer (CRM customers pages): the value of their won
leads plus the yearly value of their active requests not already carried by
one of those won leads (a request sets its lead's value, so it counts once).`,
  },
  {
    name: "hosting",
    title: "Hosting requests",
    description: `Hosting requests: a customer's configuration of a plan, priced on the server, and its workflow.

A submitted request's price is always recomputed on the server with
\`lib/hosting/pricing.ts\`; any price in the body is ignored. The submission
writes, all or nothing, the request, its first status, the customer's
open lead (created, or updated when one exists for the same email), an
activity on it, the form's \`SUBMIT\` event, an audit row, notifications for
the sellers and the customer's receipt.

Status workflow: submitted → in review → quoted → approved → provisioning →
active; rejected or cancelled from any step before approval (cancelled also
from approved). A customer may only cancel while the request is submitted or
in review.`,
  },
  {
    name: "livepulse",
    title: "LivePulse",
    description: `Monitoring: monitors, alert rules and alerts, alert channels, incidents, maintenance windows and live metrics.

### Alerts

A monitor is \`HTTP\` (a URL answering \`expectedStatus\`, 200 by default) or
\`TCP\` (a \`host:port\` accepting connections). An HTTP monitor may also carry a
\`keyword\` (at most 200 characters) that the first megabyte of the body must
contain (\`keywordMode\` \`PRESENT\`, the default) or must not (\`ABSENT\`); a
mismatch is \`DOWN\` with \`keyword "…" not found\` / \`keyword "…" found\`. An
empty \`keyword\` removes it; other kinds ignore it.

A rule watches one metric over a window (\`windowMinutes\`) and compares its
value with a threshold (\`GT\`, \`GTE\`, \`LT\`, \`LTE\`). Rates in percent
(\`ERROR_RATE\`, \`FORM_ABANDONMENT_RATE\`) keep their threshold within 0–100;
\`MONITOR_DOWN\` counts the enabled monitors down, or watches one
(\`serviceCheckId\`, then 1 or 0); \`CERT_DAYS_LEFT\` is the whole days before
the watched HTTPS monitor's certificate expires (\`certExpiresAt\`, read at each
check even when self-signed or expired; without \`serviceCheckId\`, the soonest
among enabled monitors; a rule with no certificate read is left alone), e.g.
\`LT\` 14; \`SLA_BREACHES\` counts the tickets with a
deadline breached in the window. Every \`ALERT_EVALUATION_SECONDS\` (30 by
default) the instance that leads (a PostgreSQL advisory lock) evaluates the
enabled rules: a broken rule without an open alert fires one (\`FIRING\`) and
notifies the support agents and admins; an open alert stays while its
condition holds, acknowledged or not, and resolves by itself when it clears.
Each change publishes \`alert.updated\` on the LivePulse channel with the count
of firing alerts, which the badge beside "Live Pulse" shows.

### Service monitor

A monitor is a built-in check (\`DATABASE\`, \`REALTIME\`, \`MEMORY\`,
\`EVENT_LOOP\`, seeded, which can be renamed, retimed and disabled but neither
moved nor deleted) or one an admin adds: \`HTTP\` (an \`http://\` or \`https://\`
URL answered with \`expectedStatus\`, 200 by default; any other status is
\`DOWN\` with \`expected 200, got 503\`) or \`TCP\` (\`host:port\`, IPv6 in
brackets, that accepts a connection). \`timeoutMs\` is 100–30000,
\`intervalSeconds\` 10–3600, \`expectedStatus\` 100–599; a refusal answers 422
with the field (\`httpUrl\`, \`hostPort\`, \`timeoutRange\`, \`intervalRange\`,
\`statusRange\`, \`builtinTarget\`) and changes nothing. Changing a monitor's
target starts it over (\`UNKNOWN\`, checked at the next tick). Uptime is the
share of results \`UP\` or \`DEGRADED\` among those \`UP\`, \`DEGRADED\` or \`DOWN\`.
Each run of checks publishes \`monitor.updated\` on the LivePulse channel with
\`{ ids, changed }\` (the monitors checked, and those whose status or error
changed).

### Form analytics

\`GET /api/livepulse/metrics/forms\` reads the hosting request form's events
(\`POST /api/forms/events\` from the form; \`SUBMIT\` written by the submission in
its transaction). \`period\` is \`24h\`, \`7d\` (default) or \`30d\`, ending now; or
\`from\` and \`to\` (a UTC day \`YYYY-MM-DD\`, \`to\` included, or an ISO 8601
instant), at most 90 days, \`from\` before \`to\`. Otherwise 422 with \`fields\`
(\`invalidDate\`, \`required\`, \`periodOrder\`, \`periodTooLong\`).

Every figure counts distinct form sessions (\`sessionId\`), so resent or
out-of-order events count once. A session that got further than a step (it
submitted, its \`START\` lost) has passed it.

- **views**, **starts**, **submissions**: sessions seen, started, submitted.
- **abandoned**, **abandonmentRate**: started and not submitted, as a count and
  a share of starts (0–1; the \`FORM_ABANDONMENT_RATE\` alert metric is the same
  share in percent over the rule's window).
- **conversionRate**: submissions ÷ views (0–1).
- **medianCompletionMs**: median time from a session's first \`START\` to its
  \`SUBMIT\` (the submission's \`durationMs\` when the start is missing); \`null\`
  without submissions.
- **steps**: \`VIEW\`, \`START\`, each section (\`customer\`, \`resources\`, \`domain\`,
  \`options\`, \`summary\`), \`SUBMIT\`; each with \`sessions\`, \`ofStarts\` (0–1,
  \`null\` for views), \`dropOff\` (sessions lost since the previous step, never
  negative) and \`dropOffRate\`.
- **errors**: the ten most frequent validation errors, \`{ field, message,
sessions, occurrences }\`, by sessions then occurrences; \`message\` is a key of
  the form's \`validation\` messages.
- **period**: \`{ preset, from, to }\` as resolved (\`preset\` is \`custom\` for
  \`from\`/\`to\`).

### Live metrics

\`GET /api/livepulse/metrics/realtime\` (staff with \`livepulse:read\`) answers the
figures the LivePulse overview shows, summed over every instance from the
rows they flushed (so up to \`METRICS_FLUSH_MS\` behind):

\`\`\`json
{
  "generatedAt": "2026-12-01T22:41:07.000Z",
  "windows": { "requests": 5, "business": 60 },
  "current": {
    "REQUESTS_PER_MINUTE": 12.4, "P95_LATENCY_MS": 182.5, "ERROR_RATE": 0.81,
    "ACTIVE_USERS": 3,
    "FORM_SUBMISSIONS_PER_HOUR": 2, "NEW_LEADS_PER_HOUR": 1, "NEW_TICKETS_PER_HOUR": 4
  },
  "byKind": { "PAGE": { "requestsPerMinute": 6, "p95LatencyMs": 240, "errorRate": 0 }, "ACTION": { … }, "API": { … } },
  "minutes": [{ "minute": "2026-12-01T21:42:00.000Z", "requests": 58, "errors": 1, "errorRate": 1.72, "p95LatencyMs": 190, "byKind": { "PAGE": 30, "ACTION": 4, "API": 24 } }, …],
  "hours": [{ "hour": "2026-11-30T23:00:00.000Z", "formSubmissions": 1, "newLeads": 1, "newTickets": 0 }, …]
}
\`\`\`

- \`current\`: request figures (pages, server actions and API together) over
  the last \`windows.requests\` minutes, the current one included; error rate in
  percent (5xx answers, actions failing on the server), p95 in ms; active
  users are signed-in users seen in the last 5 minutes; business rates count
  the rows created in the last \`windows.business\` minutes, per hour.
- \`minutes\`: the last hour, 60 points, oldest first, the last being the
  current partial minute. \`hours\`: the last 24 hours, oldest first.`,
  },
  {
    name: "notifications",
    title: "Notifications",
    description: `Each user reads and marks only their own notifications (\`notifications:access\`, scope
\`own\`, held by every role): an id that belongs to someone else is ignored, never an error,
so ids cannot be probed. An item is
\`{ id, type, title, body, link, readAt, createdAt }\`, dates in ISO 8601 (UTC). \`title\`
carries facts (a reference, names, a subject), never a sentence: clients put the
translated label of \`type\` in front of it (\`messages/<locale>/notifications.json\`,
\`notificationType\`). For \`REQUEST_STATUS\`, \`body\` is the request's new status.
\`page\` is at least 1, \`pageSize\` 1–50 (20 by default); \`total\` counts the filter,
\`unread\` is the caller's unread count whatever the filter (the bell's badge).

\`POST /api/notifications/read\` takes exactly one of \`ids\` or \`all\`; anything else
answers 422 with \`fields\` (\`ids: ["idsOrAll"]\`, \`["required"]\` for an empty list,
\`["tooLarge"]\` past 100, \`all: ["invalid"]\` unless \`true\`). It answers how many
changed and how many stay unread, writes one audit row (\`notification.read\`) when
something changed, and tells the caller's other tabs (see below).`,
  },
  {
    name: "operations",
    title: "Operations",
    description: `Health checks and metrics for the machines that run and watch the app.

\`GET /api/metrics\` answers the Prometheus text format (\`text/plain;
version=0.0.4\`) to \`Authorization: Bearer <METRICS_TOKEN>\` or to a staff
session with \`livepulse:read\`; otherwise 401 (no session, wrong token) or 403
(a customer) in the usual error shape. It holds this instance's
\`livepulse_requests_total{kind,route,method,status}\` (route patterns, status
class \`2xx\`…) and \`livepulse_request_duration_seconds{kind}\` histogram, and
fleet-wide gauges read at scrape time: \`livepulse_requests_per_minute\`,
\`livepulse_p95_latency_ms\`, \`livepulse_error_rate_percent\` (each with
\`kind="all|page|action|api"\`, last 5 minutes), \`livepulse_active_users\`,
\`livepulse_form_submissions_per_hour\`, \`livepulse_new_leads_per_hour\`,
\`livepulse_new_tickets_per_hour\`. Neither endpoint, nor the realtime stream,
counts in the figures.`,
  },
  {
    name: "plans",
    title: "Plans",
    description: `The hosting plans of the pricing page: anyone reads the active ones, admins edit them.`,
  },
  {
    name: "realtime",
    title: "Realtime",
    description: `The realtime routes are described in [realtime.md](realtime.md). Both ask the permission matrix
for every channel: the auth route answers 403 for a channel the caller may not join and 404 when
the app does not use Pusher; the stream answers 403 if any channel named is refused, 404 when Pusher
is configured, and 503 while its database listener is down. The stream starts after the later of
the \`Last-Event-ID\` header and \`lastEventId\`; without either it sends live events only.

### Events

These writes publish after their transaction commits (\`publish()\`, see
[realtime.md](realtime.md) for transports and who may join which channel; a failed
publish is logged and never fails the write). Data is small JSON:

| channel                   | event             | sent by                                                                                          | data                                                            |
| ------------------------- | ----------------- | ------------------------------------------------------------------------------------------------ | --------------------------------------------------------------- |
| \`private-user-<id>\`       | \`notification\`    | any notification written for the user                                                            | \`{ id, type, title, body, link, createdAt }\`                    |
| \`private-user-<id>\`       | \`notification\`    | the user marked notifications read                                                               | \`{ read: [ids] \\| "all", unread }\`                              |
| \`private-user-<customer>\` | \`request.updated\` | a request's submission or status change                                                          | \`{ id, reference, status }\` (\`created: true\` on submission)     |
| \`private-pipeline\`        | \`request.updated\` | a request's status change, for staff pages                                                       | \`{ id, reference, status, leadId }\`                             |
| \`private-pipeline\`        | \`lead.created\`    | a lead created by hand or by a hosting request                                                   | \`{ id, stage, assigneeId, valueCents, change, requestId? }\`     |
| \`private-pipeline\`        | \`lead.updated\`    | a lead edited, assigned, moved, won, lost or deleted; a hosting request on an existing open lead | \`{ id, stage, assigneeId?, valueCents?, change, requestId? }\`   |
| \`private-pipeline\`        | \`lead.updated\`    | a bulk assignment                                                                                | \`{ ids (null past 50), count, assigneeId, change: "assigned" }\` |

\`change\` is one of \`created\`, \`request\`, \`edited\`, \`assigned\`, \`moved\`, \`won\`, \`lost\`,
\`deleted\`. Who is notified: every active seller of a hosting request whose lead nobody
(active) owns, else the lead's owner (\`LEAD_CREATED\`); the customer of a status change
someone else made (\`REQUEST_STATUS\`); a lead's new owner when someone else gives it to
them, on creation, edit or bulk assignment (\`LEAD_ASSIGNED\`, one notification for a
bulk assignment).`,
  },
  {
    name: "status",
    title: "Status page",
    description: `The public status page (\`/status\`) and its two public routes read one snapshot, cached in Next's
data cache under the tag \`status-page\` for at most a minute and dropped at once when an incident,
an update or a publication changes (see [status-page.md](status-page.md)). A service's \`state\` is
the worst of its monitor's and its open incidents' (\`MINOR\` → \`degraded\`, \`MAJOR\`/\`CRITICAL\` →
\`outage\`, \`NONE\` informs only); \`overall\` is the worst known state. Each of \`days\` is a UTC day:
\`uptime\` is the share of checks that found the service up or degraded (null without checks),
\`incidentIds\` the incidents open that day, \`maintenanceIds\` the maintenance windows of that day and
\`excluded\` whether uptime left some of it out. \`maintenance\` lists the windows of the days shown and
of the coming 7 days (in progress first): \`inProgress\`, and \`occurrences\` from now to 7 days ahead.
Incidents carry only what customers may read: no author, no alert, no internal service. After each
incident write, \`status\` carries \`incident.updated\` \`{ id, state }\`; after a publication,
\`status.updated\` \`{}\`; after a maintenance window's, \`maintenance.updated\` \`{ id }\`.`,
  },
  {
    name: "tickets",
    title: "Tickets",
    description: `A ticket's reference is \`TK-\` and its number on six digits. Its SLA runs
from its creation: first-response and resolution deadlines are the priority's
targets in the SLA table plus the time spent waiting for the customer (the
clock stops in \`WAITING_CUSTOMER\`). A first public reply from staff stops the
first-response clock; a customer's reply brings a waiting ticket back to the
team (in progress when assigned, open otherwise) and reopens a resolved one.
A new priority recomputes both deadlines with the current table; a new table
applies to new tickets and priority changes. \`sla\` filters open tickets by
their running clock (\`on_track\`, \`at_risk\` — under an hour left, \`breached\`,
\`paused\`) and finished ones by the outcome (\`met\`, \`missed\`). Every minute
(\`SLA_SWEEP_SECONDS\`) the server records each deadline that has passed, once,
and notifies the assignee (the support team while nobody owns the ticket).

Internal notes are filtered in the database query for a customer: they are in
no page, API answer or realtime event a customer can receive.`,
  },
  {
    name: "users",
    title: "Users",
    description: `Accounts, roles and invitations, for admins; and every user's API tokens (\`/api/tokens\`).`,
  },
  {
    name: "testing",
    title: "Testing",
    description: `Hooks for the end-to-end tests, present only with \`TEST_HOOKS=1\`; not part of the API.`,
  },
];
