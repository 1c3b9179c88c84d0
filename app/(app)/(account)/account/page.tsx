import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { isLocale } from "@/i18n/locales";
import { EmailPreferencesForm } from "@/components/account/email-preferences-form";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionList } from "@/components/account/session-list";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { accountProfile, accountSessions } from "@/lib/account-settings/queries";
import { sessionActor } from "@/lib/account-settings/session-actor";
import { requirePage } from "@/lib/auth/require-page";
import { chosenEmailCategories, optionalEmailCategories } from "@/lib/mail/preferences";
import { channels } from "@/lib/realtime/channels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

const sectionLink =
  "inline-flex h-8 items-center rounded-md border px-3 text-sm font-medium hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none";

type Section = { id: string; title: string; description: string; content: ReactNode };

/** The signed-in user's own account, whatever their role: profile, password, email preferences, sessions. */
export default async function AccountPage() {
  const actor = sessionActor(await requirePage("account:manage"));
  const [profile, { sessions, total }, t, tNav, locale] = await Promise.all([
    accountProfile(actor),
    accountSessions(actor),
    getTranslations("account"),
    getTranslations("nav"),
    getLocale(),
  ]);
  const now = new Date().toISOString();

  // The language shown is the one the interface speaks (this browser's choice), which saving keeps.
  // One card per section, in this order, each reachable from the list at the top.
  const offered = optionalEmailCategories(actor.role);
  const sections: Section[] = [
    {
      id: "profile",
      title: t("profile.title"),
      description: t("profile.description"),
      content: <ProfileForm profile={{ ...profile, locale: isLocale(locale) ? locale : profile.locale }} />,
    },
    { id: "password", title: t("password.title"), description: t("password.description"), content: <PasswordForm email={profile.email} /> },
    {
      id: "email",
      title: t("email.title"),
      description: t(actor.role === "CUSTOMER" ? "email.description" : "email.staffDescription"),
      content: (
        <EmailPreferencesForm
          offered={offered}
          chosen={chosenEmailCategories({ role: actor.role, emailCategories: profile.emailCategories })}
        />
      ),
    },
    {
      id: "sessions",
      title: t("sessions.title"),
      description: t("sessions.description"),
      content: (
        <SessionList
          sessions={sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString() }))}
          total={total}
          now={now}
        />
      ),
    },
  ];

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} className="pb-0" />
      <nav aria-label={t("sectionsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className={sectionLink}>
                {section.title}
              </a>
            </li>
          ))}
          <li>
            <Link href="/account/tokens" className={sectionLink}>
              {tNav("apiTokens")}
            </Link>
          </li>
        </ul>
      </nav>
      <ClientMessages namespaces={["account", "auth", "notifications"]}>
        <LiveRefresh channel={channels.user(actor.id)} events={["account.updated"]} />
        {sections.map((section) => (
          <Card key={section.id} id={section.id} className="scroll-mt-20" aria-labelledby={`${section.id}-title`}>
            <CardHeader>
              <CardTitle as="h2" id={`${section.id}-title`}>
                {section.title}
              </CardTitle>
              <CardDescription>{section.description}</CardDescription>
            </CardHeader>
            <CardContent>{section.content}</CardContent>
          </Card>
        ))}
      </ClientMessages>
    </div>
  );
}
