import type audit from "../messages/fr/audit.json";
import type account from "../messages/fr/account.json";
import type common from "../messages/fr/common.json";
import type crm from "../messages/fr/crm.json";
import type customers from "../messages/fr/customers.json";
import type dashboard from "../messages/fr/dashboard.json";
import type hosting from "../messages/fr/hosting.json";
import type leads from "../messages/fr/leads.json";
import type livepulse from "../messages/fr/livepulse.json";
import type livepulseAlerts from "../messages/fr/livepulse-alerts.json";
import type livepulseServices from "../messages/fr/livepulse-services.json";
import type livepulseForms from "../messages/fr/livepulse-forms.json";
import type mail from "../messages/fr/mail.json";
import type notifications from "../messages/fr/notifications.json";
import type pipeline from "../messages/fr/pipeline.json";
import type tables from "../messages/fr/tables.json";
import type status from "../messages/fr/status.json";
import type tickets from "../messages/fr/tickets.json";
import type users from "../messages/fr/users.json";
import type tokens from "../messages/fr/tokens.json";
import type { Locale } from "./locales";

/**
 * Messages live in one file per module and language (`messages/<locale>/<module>.json`), each file
 * holding whole namespaces; they are merged here. A new module file joins this list and the type below.
 */
export const messageModules = [
  "common",
  "hosting",
  "crm",
  "leads",
  "pipeline",
  "dashboard",
  "customers",
  "tickets",
  "livepulse",
  "livepulse-alerts",
  "livepulse-services",
  "livepulse-forms",
  "tables",
  "notifications",
  "audit",
  "mail",
  "account",
  "users",
  "tokens",
  "status",
] as const;

/** French is the reference: its files define the keys (a test checks English has the same ones). */
export type AppMessages = typeof common &
  typeof hosting &
  typeof crm &
  typeof leads &
  typeof pipeline &
  typeof dashboard &
  typeof customers &
  typeof tickets &
  typeof livepulse &
  typeof livepulseAlerts &
  typeof livepulseServices &
  typeof livepulseForms &
  typeof tables &
  typeof notifications &
  typeof audit &
  typeof mail &
  typeof account &
  typeof users &
  typeof tokens &
  typeof status;

const loaded = new Map<Locale, Promise<AppMessages>>();

/**
 * A language's messages, merged once per process: every page, email and alert of that language reads
 * the same object (never changed), rather than importing and merging twenty files again.
 */
export function loadMessages(locale: Locale): Promise<AppMessages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(messageModules.map((name) => import(`../messages/${locale}/${name}.json`))).then((modules) =>
      Object.assign({}, ...modules.map((m: { default: object }) => m.default)),
    );
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}
