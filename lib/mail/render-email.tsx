import { render } from "@react-email/render";
import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { formatMoney, ticketReference } from "../format";
import { defaultTimeZone } from "../time-zone";
import type {
  AlertSeverity,
  EmailCategory,
  EmailKind,
  HostingRequestStatus,
  IncidentImpact,
  IncidentState,
  Role,
  TicketPriority,
} from "../generated/prisma/enums.ts";
import { EmailLayout, type EmailContent, type EmailDetail } from "./email-layout";
import { emailText } from "./email-text";

/** What each kind of message needs to be written, besides its recipient. */
export type EmailParams = {
  PASSWORD_RESET: { token: string };
  REGISTRATION_ATTEMPT: Record<string, never>;
  EMAIL_VERIFICATION: { token: string };
  /** A staff member's public reply: never an internal note. */
  TICKET_REPLY: { ticketId: string; reference: string; subject: string; author: string; reply: string };
  /** Who invited the person (their name) and the role they will have. */
  STAFF_INVITATION: { token: string; inviter: string; role: Role };
  REQUEST_RECEIVED: { requestId: string; reference: string; plan: string; monthlyCents: number };
  REQUEST_STATUS_CHANGED: {
    requestId: string;
    reference: string;
    plan: string;
    status: HostingRequestStatus;
    /** The staff's comment, which the customer also reads on the request's timeline. */
    comment: string | null;
  };
  TICKET_OPENED: { ticketId: string; number: number; subject: string; priority: TicketPriority; customer: string };
  SLA_BREACH: { ticketId: string; number: number; subject: string; phase: "firstResponse" | "resolution"; dueAt: string };
  /** `ruleNameKey`: a default rule's translated name (`livepulseNames.*`); `condition`: "12.5 > 5 · 5 min". */
  ALERT_FIRED: { ruleName: string; ruleNameKey: string | null; severity: AlertSeverity; condition: string };
  /** An incident's new update, to the customers of the services it touches; `services`: their public names. */
  INCIDENT_UPDATE: {
    title: string;
    impact: IncidentImpact;
    state: IncidentState;
    message: string;
    services: { fr: string; en: string }[];
    /** The first update, when the incident is declared. */
    declared: boolean;
  };
};

export type EmailRequest = { [K in EmailKind]: { kind: K; params: EmailParams[K] } }[EmailKind];

export type RenderedEmail = { subject: string; html: string; text: string };

/** A translator over every namespace, for keys built at run time. */
type Say = (key: string, values?: Record<string, string | number>) => string;

/** What a kind's texts interpolate, the facts its details block lists, and someone's message it quotes as written. */
type Facts = { values?: Record<string, string>; details?: EmailDetail[]; quote?: string };

type KindSpec<P> = {
  /** Its texts: `mail.<key>.subject|preview|heading|body|action|note`. */
  key: string;
  category: EmailCategory;
  /** The page its button opens. */
  link: (params: P) => string;
  facts?: (params: P, say: Say, locale: Locale) => Facts;
};

const row = (label: string, value: string): EmailDetail => ({ label, value });

function formatInstant(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: defaultTimeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

/** Each kind's translations (under `mail.*`), the page its button opens, its category and its facts. */
const kinds: { [K in EmailKind]: KindSpec<EmailParams[K]> } = {
  PASSWORD_RESET: { key: "passwordReset", category: "SECURITY", link: ({ token }) => `/reset-password?token=${token}` },
  REGISTRATION_ATTEMPT: { key: "registrationAttempt", category: "SECURITY", link: () => "/login" },
  EMAIL_VERIFICATION: { key: "emailVerification", category: "ACCOUNT", link: ({ token }) => `/verify-email?token=${token}` },
  TICKET_REPLY: {
    key: "ticketReply",
    category: "TICKETS",
    link: ({ ticketId }) => `/hosting/tickets/${ticketId}`,
    facts: ({ reference, subject, author, reply }) => ({ values: { reference, subject, author }, quote: reply }),
  },
  STAFF_INVITATION: {
    key: "staffInvitation",
    category: "ACCOUNT",
    link: ({ token }) => `/set-password?token=${token}`,
    facts: ({ inviter, role }, say) => ({ values: { inviter, role: say(`roles.${role}`) } }),
  },
  REQUEST_RECEIVED: {
    key: "requestReceived",
    category: "REQUESTS",
    link: ({ requestId }) => `/hosting/requests/${requestId}`,
    facts: (p, say, locale) => ({
      values: { reference: p.reference, plan: p.plan },
      details: [
        row(say("mail.details.reference"), p.reference),
        row(say("mail.details.plan"), p.plan),
        row(say("mail.details.monthlyPrice"), formatMoney(p.monthlyCents, locale)),
      ],
    }),
  },
  REQUEST_STATUS_CHANGED: {
    key: "requestStatusChanged",
    category: "REQUESTS",
    link: ({ requestId }) => `/hosting/requests/${requestId}`,
    facts: (p, say) => {
      const status = say(`requestStatus.${p.status}`);
      return {
        values: { reference: p.reference, status },
        details: [
          row(say("mail.details.reference"), p.reference),
          row(say("mail.details.plan"), p.plan),
          row(say("mail.details.status"), status),
          ...(p.comment ? [row(say("mail.details.comment"), p.comment)] : []),
        ],
      };
    },
  },
  TICKET_OPENED: {
    key: "ticketOpened",
    category: "STAFF",
    link: ({ ticketId }) => `/crm/tickets/${ticketId}`,
    facts: (p, say) => ({
      values: { reference: ticketReference(p.number), customer: p.customer },
      details: [
        row(say("mail.details.ticket"), ticketReference(p.number)),
        row(say("mail.details.subject"), p.subject),
        row(say("mail.details.priority"), say(`ticketPriority.${p.priority}`)),
        row(say("mail.details.customer"), p.customer),
      ],
    }),
  },
  SLA_BREACH: {
    key: "slaBreach",
    category: "STAFF",
    link: ({ ticketId }) => `/crm/tickets/${ticketId}`,
    facts: (p, say, locale) => ({
      values: { reference: ticketReference(p.number) },
      details: [
        row(say("mail.details.ticket"), ticketReference(p.number)),
        row(say("mail.details.subject"), p.subject),
        row(say("mail.details.deadline"), say(`mail.slaPhase.${p.phase}`)),
        row(say("mail.details.dueAt"), formatInstant(p.dueAt, locale)),
      ],
    }),
  },
  ALERT_FIRED: {
    key: "alertFired",
    category: "ALERTS",
    link: () => "/livepulse/alerts",
    facts: (p, say) => {
      const rule = p.ruleNameKey ? say(`livepulseNames.${p.ruleNameKey}`) : p.ruleName;
      return {
        values: { rule },
        details: [
          row(say("mail.details.rule"), rule),
          row(say("mail.details.severity"), say(`alertSeverity.${p.severity}`)),
          row(say("mail.details.condition"), p.condition),
        ],
      };
    },
  },
  INCIDENT_UPDATE: {
    key: "incidentUpdate",
    category: "INCIDENTS",
    link: () => "/status",
    facts: (p, say, locale) => {
      const state = say(`incidentState.${p.state}`);
      return {
        values: { title: p.title, state, opening: say(p.declared ? "mail.incidentUpdate.declared" : "mail.incidentUpdate.updated") },
        details: [
          row(say("mail.details.incident"), p.title),
          row(say("mail.details.services"), p.services.map((service) => service[locale]).join(", ")),
          row(say("mail.details.impact"), say(`incidentImpact.${p.impact}`)),
          row(say("mail.details.incidentState"), state),
        ],
        quote: p.message,
      };
    },
  },
};

export const categoryOf = (kind: EmailKind): EmailCategory => kinds[kind].category;

/** The recipient's language when the app speaks it, French otherwise. */
export const mailLocale = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : "fr");

/**
 * Writes a message in the recipient's language, as HTML and plain text, with absolute links to the
 * app (`appUrl`, from APP_URL).
 */
export async function renderEmail(
  request: EmailRequest,
  recipient: { name: string; locale: string | null | undefined },
  appUrl: string,
): Promise<RenderedEmail> {
  const locale = mailLocale(recipient.locale);
  const say = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as Say;
  const spec = kinds[request.kind] as KindSpec<EmailParams[EmailKind]>;
  const key = `mail.${spec.key}`;
  const href = `${appUrl}${spec.link(request.params)}`;
  const { values = {}, details, quote } = spec.facts?.(request.params, say, locale) ?? {};
  const content: EmailContent = {
    locale,
    preview: say(`${key}.preview`, values),
    company: say("mail.company"),
    tagline: say("mail.tagline"),
    heading: say(`${key}.heading`, values),
    greeting: say("mail.greeting", { name: recipient.name }),
    body: say(`${key}.body`, values),
    details,
    quote,
    action: { label: say(`${key}.action`, values), href },
    linkFallback: say("mail.linkFallback"),
    note: say(`${key}.note`, { ...values, forgotUrl: `${appUrl}/forgot-password`, accountUrl: `${appUrl}/account#email` }),
    footer: say("mail.footer"),
    homeUrl: `${appUrl}/`,
  };
  const html = await render(<EmailLayout {...content} />);
  return { subject: say(`${key}.subject`, values), html, text: emailText(content) };
}
