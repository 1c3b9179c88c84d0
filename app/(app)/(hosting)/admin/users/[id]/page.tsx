import { ArrowLeft, Building2, LifeBuoy, Server } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { HistoryLink } from "@/components/audit/history-link";
import { ClientMessages } from "@/components/client-messages";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { InvitationActions } from "@/components/users/invitation-actions";
import { PasswordResetButton } from "@/components/users/password-reset-button";
import { UserAccessControls } from "@/components/users/user-access-controls";
import { can } from "@/lib/auth/permissions";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import { userRecord } from "./record";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await userRecord((await params).id);
  return { title: record.name };
}

/** Facts as label and value, two columns that wrap on a phone. */
function Facts({ facts }: { facts: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AdminUserPage({ params }: Props) {
  const { user: viewer, record: account } = await userRecord((await params).id);
  const [t, tRole, dates] = await Promise.all([getTranslations("users"), getTranslations("roles"), getDateFormat()]);
  const when = (date: Date | null) => (date ? formatDate(date, dates, true) : t("never"));
  const profile: Array<[string, ReactNode]> = [
    [t("email"), account.email],
    [t("columns.role"), tRole(account.role)],
    [t("columns.status"), <StatusBadge key="status" kind="userStatus" value={account.status} />],
    [t("company"), account.company ?? t("none")],
    [t("phone"), account.phone ?? t("none")],
    [t("language"), t(account.locale === "en" ? "languages.en" : "languages.fr")],
    [t("emailVerified"), account.emailVerifiedAt ? formatDate(account.emailVerifiedAt, dates) : t("emailNotVerified")],
    [
      t("openSessions"),
      <span key="sessions" className="tabular-nums">
        {account.openSessions}
      </span>,
    ],
    [t("columns.lastLogin"), when(account.lastLoginAt)],
    [t("columns.createdAt"), formatDate(account.createdAt, dates)],
  ];
  const invitation = account.invitation;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="pb-0"
        eyebrow={
          <Link href="/admin/users" className="inline-flex items-center gap-1 underline-offset-4 hover:underline">
            <ArrowLeft className="size-4" aria-hidden="true" />
            {t("back")}
          </Link>
        }
        title={<span className="break-words">{account.name}</span>}
        description={<span className="break-all">{account.email}</span>}
        actions={
          <>
            {can(viewer.role, "audit:read") && <HistoryLink entity="User" entityId={account.id} />}
            {account.status === "active" && (
              <ClientMessages namespaces={["users"]}>
                <PasswordResetButton id={account.id} email={account.email} />
              </ClientMessages>
            )}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("profile")}</CardTitle>
            </CardHeader>
            <CardContent>
              <Facts facts={profile} />
            </CardContent>
          </Card>
          {account.customer && (
            <Card>
              <CardHeader>
                <CardTitle>{t("customer")}</CardTitle>
                <CardDescription>{t("customerHint")}</CardDescription>
              </CardHeader>
              <CardContent className="flex flex-col gap-4">
                <div className="flex flex-wrap gap-2">
                  <Button asChild variant="outline" size="sm">
                    <Link href={`/crm/customers/${account.id}`}>
                      <Building2 aria-hidden="true" />
                      {t("customerRecord")}
                    </Link>
                  </Button>
                  <Button asChild variant="outline" size="sm">
                    <Link href={`/crm/customers/${account.id}`}>
                      <Server aria-hidden="true" />
                      {t("requests", { count: account.customer.requests })}
                    </Link>
                  </Button>
                  <Button asChild variant="outline" size="sm">
                    <Link href={`/crm/tickets?customer=${encodeURIComponent(account.id)}`}>
                      <LifeBuoy aria-hidden="true" />
                      {t("tickets", { count: account.customer.tickets })}
                    </Link>
                  </Button>
                </div>
                <div className="flex flex-col gap-1 text-sm">
                  <span className="text-muted-foreground">{t("leads")}</span>
                  {account.customer.leads.length === 0 ? (
                    <span>{t("noLeads")}</span>
                  ) : (
                    <ul className="flex flex-col gap-1">
                      {account.customer.leads.map((lead) => (
                        <li key={lead.id}>
                          <Link href={`/crm/leads/${lead.id}`} className="text-primary underline-offset-4 hover:underline">
                            {lead.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </CardContent>
            </Card>
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          {account.invitedAt && (
            <Card>
              <CardHeader>
                <CardTitle>{t("invitation")}</CardTitle>
              </CardHeader>
              <CardContent className="flex flex-col gap-3 text-sm">
                <p>{t("invitationPending", { date: formatDate(account.invitedAt, dates, true) })}</p>
                {invitation?.invitedBy && <p className="text-muted-foreground">{t("invitationBy", { name: invitation.invitedBy.name })}</p>}
                {invitation && (
                  <p className={invitation.expired ? "text-destructive" : "text-muted-foreground"}>
                    {invitation.expired
                      ? t("invitationExpired", { date: formatDate(invitation.expiresAt, dates, true) })
                      : t("invitationExpires", { date: formatDate(invitation.expiresAt, dates, true) })}
                  </p>
                )}
                <ClientMessages namespaces={["users"]}>
                  <InvitationActions id={account.id} email={account.email} />
                </ClientMessages>
              </CardContent>
            </Card>
          )}
          <Card>
            <CardHeader>
              <CardTitle>{t("access")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ClientMessages namespaces={["users", "roles"]}>
                <UserAccessControls
                  account={{ id: account.id, name: account.name, role: account.role, disabled: account.status === "disabled" }}
                />
              </ClientMessages>
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
