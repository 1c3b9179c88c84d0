import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { EmailPreview } from "@/components/mail/email-preview";
import { ResendEmailButton } from "@/components/mail/resend-email-button";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import { emailRecord } from "./record";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await emailRecord((await params).id);
  return { title: record.subject };
}

export default async function AdminEmailPage({ params }: Props) {
  const { record: email } = await emailRecord((await params).id);
  const [t, tKind, dates] = await Promise.all([getTranslations("emailLog"), getTranslations("emailKind"), getDateFormat()]);
  const when = (date: Date | null) => (date ? formatDate(date, dates, true) : t("none"));
  const facts: Array<[string, React.ReactNode]> = [
    [
      t("columns.recipient"),
      <span key="to" className="break-all">
        {email.to}
      </span>,
    ],
    ...(email.replyTo
      ? ([
          [
            t("replyTo"),
            <span key="reply-to" className="break-all" data-testid="email-reply-to">
              {email.replyTo}
            </span>,
          ],
        ] as Array<[string, React.ReactNode]>)
      : []),
    [t("kind"), tKind(email.kind)],
    [t("language"), email.locale.toUpperCase()],
    [t("columns.status"), <StatusBadge key="status" kind="emailStatus" value={email.status} />],
    [t("columns.attempts"), email.attempts],
    [t("columns.createdAt"), when(email.createdAt)],
    [t("sentAt"), when(email.sentAt)],
    ...(email.status === "QUEUED" ? ([[t("nextAttemptAt"), when(email.nextAttemptAt)]] as Array<[string, React.ReactNode]>) : []),
    [
      t("columns.lastError"),
      <span key="error" className="break-words">
        {email.lastError ?? t("none")}
      </span>,
    ],
    ...(email.resentFromId
      ? ([
          [
            t("resentFrom"),
            <Link key="from" href={`/admin/emails/${email.resentFromId}`} className="text-primary underline-offset-4 hover:underline">
              {email.resentFromId}
            </Link>,
          ],
        ] as Array<[string, React.ReactNode]>)
      : []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="pb-0"
        eyebrow={
          <Link href="/admin/emails" className="inline-flex items-center gap-1 underline-offset-4 hover:underline">
            <ArrowLeft className="size-4" aria-hidden="true" />
            {t("back")}
          </Link>
        }
        title={
          <span lang={email.locale} className="break-words">
            {email.subject}
          </span>
        }
        actions={
          <ClientMessages namespaces={["emailLog"]}>
            <ResendEmailButton id={email.id} to={email.to} />
          </ClientMessages>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("htmlVersion")}</CardTitle>
            </CardHeader>
            <CardContent>
              <EmailPreview html={email.html} title={t("previewTitle")} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("textVersion")}</CardTitle>
            </CardHeader>
            <CardContent>
              <pre
                data-testid="email-text"
                lang={email.locale}
                className="overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-muted p-4 font-mono text-xs leading-relaxed"
              >
                {email.text}
              </pre>
            </CardContent>
          </Card>
        </div>
        <Card className="h-fit">
          <CardHeader>
            <CardTitle>{t("details")}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="min-w-0">{value}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
