import { render } from "@react-email/render";
import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import type { EmailCategory, EmailKind } from "../generated/prisma/enums.ts";
import { EmailLayout } from "./email-layout";

/** What each kind of message needs to be written, besides its recipient. */
export type EmailParams = {
  PASSWORD_RESET: { token: string };
  REGISTRATION_ATTEMPT: Record<string, never>;
  EMAIL_VERIFICATION: { token: string };
};

export type EmailRequest = { [K in EmailKind]: { kind: K; params: EmailParams[K] } }[EmailKind];

export type RenderedEmail = { subject: string; html: string; text: string };

/** Each kind's translations (under `mail.*`), the page its button opens, and its category. */
const kinds: { [K in EmailKind]: { key: string; category: EmailCategory; link: (params: EmailParams[K]) => string } } = {
  PASSWORD_RESET: { key: "passwordReset", category: "SECURITY", link: ({ token }) => `/reset-password?token=${token}` },
  REGISTRATION_ATTEMPT: { key: "registrationAttempt", category: "SECURITY", link: () => "/login" },
  EMAIL_VERIFICATION: { key: "emailVerification", category: "ACCOUNT", link: ({ token }) => `/verify-email?token=${token}` },
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
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "mail" });
  const spec = kinds[request.kind] as { key: "passwordReset"; link: (params: EmailParams[EmailKind]) => string };
  const key = spec.key;
  const href = `${appUrl}${spec.link(request.params)}`;
  const element = (
    <EmailLayout
      locale={locale}
      preview={t(`${key}.preview`)}
      company={t("company")}
      tagline={t("tagline")}
      heading={t(`${key}.heading`)}
      greeting={t("greeting", { name: recipient.name })}
      body={t(`${key}.body`)}
      action={{ label: t(`${key}.action`), href }}
      linkFallback={t("linkFallback")}
      note={t(`${key}.note`, { forgotUrl: `${appUrl}/forgot-password` })}
      footer={t("footer")}
      homeUrl={`${appUrl}/`}
    />
  );
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: t(`${key}.subject`), html, text };
}
