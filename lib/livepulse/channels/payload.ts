/**
 * What a channel receives, built when the event happens and stored with the delivery, so that every
 * retry sends the same bytes. Pure: the evaluator, the test button and the unit tests share it.
 */
import { formatValue } from "../alerts/evaluate";
import type { AlertComparatorName } from "../alerts/schemas";
import type { AlertSeverity, AlertSource } from "../../generated/prisma/enums.ts";

const symbols: Record<AlertComparatorName, string> = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" };

export type PayloadRule = {
  id: string;
  name: string;
  metric: string;
  comparator: AlertComparatorName;
  threshold: number;
  windowMinutes: number;
};
export type PayloadAlert = {
  id: string;
  source: AlertSource;
  title: string | null;
  severity: AlertSeverity;
  message: string;
  value: number | null;
  details: string | null;
  sourceName: string | null;
  link: string | null;
  firedAt: Date;
  resolvedAt: Date | null;
};

/** What happened, as the payload builders take it. A raised alert has no rule; a test carries no alert. */
export type DeliveryFacts =
  | { event: "FIRED" | "RESOLVED"; rule: PayloadRule | null; alert: PayloadAlert; link: string }
  | { event: "TEST"; channel: { id: string; name: string }; at: Date; link: string };

/** "12.5 > 5 · 5 min": the rule's condition with the value measured. */
export function conditionText(rule: Pick<PayloadRule, "comparator" | "threshold" | "windowMinutes">, value: number): string {
  return `${formatValue(value)} ${symbols[rule.comparator]} ${formatValue(rule.threshold)} · ${rule.windowMinutes} min`;
}

type AlertFacts = Extract<DeliveryFacts, { alert: PayloadAlert }>;

/** What an alert is called: its rule's name, or the title it was raised with. */
export function alertName({ rule, alert }: Pick<AlertFacts, "rule" | "alert">): string {
  return rule?.name ?? alert.title ?? alert.message;
}

/** What is wrong, in one line: a rule's condition with the value measured, or a raised alert's details. */
export function alertDescription({ rule, alert }: Pick<AlertFacts, "rule" | "alert">): string {
  return rule && alert.value !== null ? conditionText(rule, alert.value) : (alert.details ?? alert.message);
}

const eventNames = { FIRED: "alert.fired", RESOLVED: "alert.resolved", TEST: "test" } as const;

/** The JSON a WEBHOOK channel receives (docs/alert-channels.md describes each field). */
export function webhookPayload(facts: DeliveryFacts) {
  if (facts.event === "TEST") {
    return {
      event: eventNames.TEST,
      test: true,
      channel: facts.channel,
      sentAt: facts.at.toISOString(),
      link: facts.link,
    };
  }
  const { rule, alert } = facts;
  return {
    event: eventNames[facts.event],
    alert: {
      id: alert.id,
      status: facts.event === "FIRED" ? "firing" : "resolved",
      source: alert.source,
      title: alertName(facts),
      severity: alert.severity,
      value: alert.value,
      condition: rule && alert.value !== null ? conditionText(rule, alert.value) : null,
      details: alert.details,
      sourceName: alert.sourceName,
      sourceLink: alert.link,
      firedAt: alert.firedAt.toISOString(),
      resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    },
    rule: rule && {
      id: rule.id,
      name: rule.name,
      metric: rule.metric,
      comparator: rule.comparator,
      threshold: rule.threshold,
      windowMinutes: rule.windowMinutes,
    },
    link: facts.link,
  };
}

/** The texts of a Slack message, in the app's language (`livepulseChannels.slack.*`). */
export type SlackTexts = {
  fired: (rule: string) => string;
  resolved: (rule: string) => string;
  test: (channel: string) => string;
  severity: string;
  condition: string;
  details: string;
  open: string;
  severities: Record<AlertSeverity, string>;
};

const colours: Record<AlertSeverity | "RESOLVED" | "TEST", string> = {
  INFO: "#2563eb",
  WARNING: "#d97706",
  CRITICAL: "#dc2626",
  RESOLVED: "#16a34a",
  TEST: "#64748b",
};

/**
 * The body a SLACK channel posts to an incoming webhook: `text` (what Slack and Mattermost show in
 * notifications, with a link in their `<url|label>` markup) and one `attachments` entry with a colour
 * bar and fields, which both render. No `blocks`: Mattermost ignores them.
 */
export function slackPayload(facts: DeliveryFacts, texts: SlackTexts) {
  const link = `<${facts.link}|${texts.open}>`;
  if (facts.event === "TEST") {
    const text = texts.test(facts.channel.name);
    return { text: `${text} ${link}`, attachments: [{ color: colours.TEST, fallback: text, text }] };
  }
  const { alert } = facts;
  const name = alertName(facts);
  const headline = facts.event === "FIRED" ? texts.fired(name) : texts.resolved(name);
  const condition = alertDescription(facts);
  return {
    text: `${headline} ${link}`,
    attachments: [
      {
        color: facts.event === "FIRED" ? colours[alert.severity] : colours.RESOLVED,
        fallback: `${headline} · ${condition}`,
        title: name,
        title_link: facts.link,
        fields: [
          { title: texts.severity, value: texts.severities[alert.severity], short: true },
          { title: facts.rule ? texts.condition : texts.details, value: condition, short: facts.rule !== null },
        ],
        ts: Math.floor((alert.resolvedAt ?? alert.firedAt).getTime() / 1000),
      },
    ],
  };
}
