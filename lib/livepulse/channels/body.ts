import "server-only";
import { createTranslator } from "next-intl";
import { defaultLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { env } from "../../env";
import type { AlertChannelKind, AlertSeverity } from "../../generated/prisma/enums.ts";
import type { EmailParams } from "../../mail/render-email";
import { alertDescription, alertName, slackPayload, webhookPayload, type DeliveryFacts, type SlackTexts } from "./payload";

/** Where the payloads' links lead. */
export const alertsLink = () => `${env.appUrl}/livepulse/alerts`;

type Say = (key: string, values?: Record<string, string>) => string;

/** The app's language for what leaves to a chat: Slack messages and default rules' names. */
async function say(): Promise<Say> {
  return createTranslator({ locale: defaultLocale, messages: await loadMessages(defaultLocale) }) as unknown as Say;
}

/** A rule's name as a channel shows it: a default rule's in the app's language. */
export async function ruleDisplayName(rule: { name: string; nameKey: string | null }): Promise<string> {
  if (!rule.nameKey) return rule.name;
  const t = await say();
  const key = `livepulseNames.${rule.nameKey}`;
  const name = t(key);
  return name === key ? rule.name : name;
}

async function slackTexts(): Promise<SlackTexts> {
  const t = await say();
  const severity = (value: AlertSeverity) => t(`alertSeverity.${value}`);
  return {
    fired: (rule) => t("livepulseChannels.slack.fired", { rule }),
    resolved: (rule) => t("livepulseChannels.slack.resolved", { rule }),
    test: (channel) => t("livepulseChannels.slack.test", { channel }),
    severity: t("livepulseChannels.slack.severity"),
    condition: t("livepulseChannels.slack.condition"),
    details: t("livepulseChannels.slack.details"),
    open: t("livepulseChannels.slack.open"),
    severities: { INFO: severity("INFO"), WARNING: severity("WARNING"), CRITICAL: severity("CRITICAL") },
  };
}

/** What an EMAIL delivery stores: the alert email's facts (a default rule keeps its key, translated per reader). */
export type EmailBody = EmailParams["ALERT_FIRED"];

function emailBody(facts: DeliveryFacts, nameKey: string | null): EmailBody {
  if (facts.event === "TEST")
    return { ruleName: facts.channel.name, ruleNameKey: "channelTest", severity: "INFO", condition: facts.channel.name };
  return {
    ruleName: alertName(facts),
    ruleNameKey: facts.rule ? nameKey : null,
    severity: facts.alert.severity,
    condition: alertDescription(facts),
  };
}

/**
 * The stored body of a delivery for a channel of `kind`: the JSON posted (WEBHOOK, SLACK), or for
 * EMAIL the facts the mail outbox writes its messages from. `nameKey`: a default rule's key.
 */
export async function deliveryBody(kind: AlertChannelKind, facts: DeliveryFacts, nameKey: string | null = null): Promise<string> {
  if (kind === "SLACK") return JSON.stringify(slackPayload(facts, await slackTexts()));
  if (kind === "EMAIL") return JSON.stringify(emailBody(facts, nameKey));
  return JSON.stringify(webhookPayload(facts));
}
