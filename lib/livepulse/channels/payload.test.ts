import { describe, expect, it } from "vitest";
import { conditionText, slackPayload, webhookPayload, type DeliveryFacts, type SlackTexts } from "./payload";
import { alertChannelSchema } from "./schemas";

const rule = { id: "rule_1", name: "Erreurs", metric: "ERROR_RATE", comparator: "GT" as const, threshold: 5, windowMinutes: 5 };
const firedAt = new Date("2026-12-05T10:00:00Z");
const ruleAlert = {
  id: "alert_1",
  source: "RULE" as const,
  title: null,
  severity: "CRITICAL" as const,
  message: "ERROR_RATE 12.35 > 5 · 5 min",
  value: 12.345,
  details: null,
  sourceName: null,
  link: null,
  firedAt,
  resolvedAt: null,
};
const fired = { event: "FIRED", rule, alert: ruleAlert, link: "https://app.example/livepulse/alerts" } satisfies DeliveryFacts;
const raised = {
  event: "FIRED",
  rule: null,
  alert: {
    ...ruleAlert,
    id: "alert_2",
    source: "EXTERNAL" as const,
    title: "Disk almost full",
    message: "Disk almost full",
    value: null,
    details: "/var at 93%",
    sourceName: "alertmanager",
    link: "https://prometheus.example/graph",
  },
  link: fired.link,
} satisfies DeliveryFacts;
const texts: SlackTexts = {
  fired: (r) => `Fired: ${r}`,
  resolved: (r) => `Resolved: ${r}`,
  test: (c) => `Test of ${c}`,
  severity: "Severity",
  condition: "Condition",
  details: "Details",
  open: "See the alerts",
  severities: { INFO: "Info", WARNING: "Warning", CRITICAL: "Critical" },
};

describe("webhook payloads", () => {
  it("tell a firing alert: event, alert, rule, severity, value, condition, times, link", () => {
    expect(webhookPayload(fired)).toEqual({
      event: "alert.fired",
      alert: {
        id: "alert_1",
        status: "firing",
        source: "RULE",
        title: "Erreurs",
        severity: "CRITICAL",
        value: 12.345,
        condition: "12.35 > 5 · 5 min",
        details: null,
        sourceName: null,
        sourceLink: null,
        firedAt: "2026-12-05T10:00:00.000Z",
        resolvedAt: null,
      },
      rule: { id: "rule_1", name: "Erreurs", metric: "ERROR_RATE", comparator: "GT", threshold: 5, windowMinutes: 5 },
      link: "https://app.example/livepulse/alerts",
    });
  });

  it("tell a raised alert by its title and source, with no rule and no condition", () => {
    expect(webhookPayload(raised)).toMatchObject({
      event: "alert.fired",
      alert: {
        id: "alert_2",
        source: "EXTERNAL",
        title: "Disk almost full",
        value: null,
        condition: null,
        details: "/var at 93%",
        sourceName: "alertmanager",
        sourceLink: "https://prometheus.example/graph",
      },
      rule: null,
    });
  });

  it("say resolved, with the time, and mark a test as one", () => {
    const resolvedAt = new Date("2026-12-05T10:30:00Z");
    const resolved = webhookPayload({ ...fired, event: "RESOLVED", alert: { ...fired.alert, value: 1, resolvedAt } } as DeliveryFacts);
    expect(resolved).toMatchObject({ event: "alert.resolved", alert: { status: "resolved", resolvedAt: "2026-12-05T10:30:00.000Z" } });
    const test = webhookPayload({ event: "TEST", channel: { id: "c1", name: "Ops" }, at: firedAt, link: fired.link });
    expect(test).toEqual({
      event: "test",
      test: true,
      channel: { id: "c1", name: "Ops" },
      sentAt: firedAt.toISOString(),
      link: fired.link,
    });
  });
});

describe("Slack payloads", () => {
  it("carry text with a link, and one coloured attachment that Mattermost renders too", () => {
    const payload = slackPayload(fired, texts);
    expect(payload.text).toBe("Fired: Erreurs <https://app.example/livepulse/alerts|See the alerts>");
    expect(payload).not.toHaveProperty("blocks");
    expect(payload.attachments[0]).toMatchObject({
      color: "#dc2626",
      title: "Erreurs",
      title_link: fired.link,
      fields: [
        { title: "Severity", value: "Critical", short: true },
        { title: "Condition", value: "12.35 > 5 · 5 min", short: true },
      ],
    });
    const resolved = slackPayload({ ...fired, event: "RESOLVED", alert: { ...fired.alert, resolvedAt: firedAt } } as DeliveryFacts, texts);
    expect(resolved.text).toMatch(/^Resolved: Erreurs/);
    expect(resolved.attachments[0].color).toBe("#16a34a");
  });

  it("name a raised alert by its title and tell its details", () => {
    const payload = slackPayload(raised, texts);
    expect(payload.text).toMatch(/^Fired: Disk almost full </);
    expect(payload.attachments[0]).toMatchObject({
      title: "Disk almost full",
      fields: [
        { title: "Severity", value: "Critical" },
        { title: "Details", value: "/var at 93%", short: false },
      ],
    });
  });

  it("write the condition as the alert's own text does", () => {
    expect(conditionText({ comparator: "LTE", threshold: 14, windowMinutes: 60 }, 3)).toBe("3 ≤ 14 · 60 min");
  });
});

describe("channel input", () => {
  it("wants recipients for EMAIL and an http(s) URL for the others, and empties what a kind does not use", () => {
    expect(alertChannelSchema.safeParse({ name: "Équipe", kind: "EMAIL" }).error?.issues[0]).toMatchObject({
      path: ["emailRoles"],
      message: "recipientsRequired",
    });
    expect(
      alertChannelSchema.parse({ name: "Équipe", kind: "EMAIL", emailRoles: ["ADMIN", "SUPPORT"], url: "https://x.test" }),
    ).toMatchObject({
      emailRoles: ["SUPPORT", "ADMIN"],
      url: null,
    });
    for (const url of [
      "ftp://x.test/hook",
      "javascript:alert(1)",
      "not a url",
      "",
      `https://x.test/${"a".repeat(2000)}`,
      "https://user:pw@x.test/",
    ]) {
      expect(alertChannelSchema.safeParse({ name: "Hook", kind: "WEBHOOK", url }).success, url).toBe(false);
    }
    expect(
      alertChannelSchema.parse({ name: "Hook", kind: "SLACK", url: " https://hooks.slack.com/services/T/B/X ", emailRoles: ["ADMIN"] }),
    ).toMatchObject({
      url: "https://hooks.slack.com/services/T/B/X",
      emailRoles: [],
      userIds: [],
    });
  });
});
