"use client";

import { Laptop, LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { useAgo, useFullDate } from "@/components/notifications/use-ago";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { endOtherSessionsAction, endSessionAction } from "@/lib/account-settings/actions";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";

export type SessionRow = {
  id: string;
  current: boolean;
  browser: string | null;
  os: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
};

/** Under this, a session counts as in use right now (its last request is written once a minute). */
const activeNowMs = 2 * 60_000;

/** "Firefox 121 on Linux", or what is known of it. */
function useSessionName() {
  const t = useTranslations("account.sessions");
  return (session: SessionRow) => {
    const browser = session.browser ?? t("unknownBrowser");
    return session.os ? t("onSystem", { browser, os: session.os }) : browser;
  };
}

/** The account's open sessions, this device first; each other one can be signed out, or all of them at once. */
export function SessionList({ sessions, total, now }: { sessions: SessionRow[]; total: number; now: string }) {
  const t = useTranslations("account.sessions");
  const router = useRouter();
  const nameOf = useSessionName();
  const ago = useAgo();
  const fullDate = useFullDate();
  const errorMessage = useActionErrorMessage({ NOT_FOUND: t("notFound") });
  const nowMs = new Date(now).getTime();
  const others = total - sessions.filter((session) => session.current).length;

  const endOne = async (id: string) => {
    const error = actionError(await endSessionAction({ id }));
    if (error) toast.error(errorMessage(error));
    else toast.success(t("signedOut"));
    router.refresh();
  };
  const endOthers = async () => {
    const result = await endOtherSessionsAction({});
    const error = actionError(result);
    if (error) toast.error(errorMessage(error));
    else toast.success(t("othersSignedOut", { count: result?.data?.endedSessions ?? 0 }));
    router.refresh();
  };

  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col divide-y rounded-lg border" aria-label={t("title")}>
        {sessions.map((session) => {
          const name = nameOf(session);
          const activeNow = session.current || nowMs - new Date(session.lastSeenAt).getTime() < activeNowMs;
          return (
            <li key={session.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center" data-testid="account-session">
              <div className="flex min-w-0 flex-1 items-start gap-3">
                <Laptop className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden="true" />
                <div className="flex min-w-0 flex-col gap-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium break-words">{name}</span>
                    {session.current && <Badge variant="secondary">{t("thisDevice")}</Badge>}
                  </div>
                  <p className="text-sm break-words text-muted-foreground">
                    {session.ip ? t("address", { ip: session.ip }) : t("unknownAddress")}
                    {" · "}
                    <time dateTime={session.createdAt} title={fullDate(session.createdAt)}>
                      {t("started", { date: fullDate(session.createdAt) })}
                    </time>
                  </p>
                  <p className="text-sm text-muted-foreground">
                    {activeNow ? (
                      t("activeNow")
                    ) : (
                      <time dateTime={session.lastSeenAt} title={fullDate(session.lastSeenAt)}>
                        {t("lastSeen", { ago: ago(session.lastSeenAt, nowMs) })}
                      </time>
                    )}
                  </p>
                </div>
              </div>
              {!session.current && (
                <ConfirmDialog
                  trigger={
                    <Button variant="outline" size="sm" className="self-start sm:self-center" aria-label={t("signOutLabel", { name })}>
                      <LogOut aria-hidden="true" /> {t("signOut")}
                    </Button>
                  }
                  title={t("signOutTitle")}
                  description={t("signOutDescription", { name })}
                  cancelLabel={t("cancel")}
                  confirmLabel={t("signOut")}
                  pendingLabel={t("signingOut")}
                  destructive
                  onConfirm={() => endOne(session.id)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {total > sessions.length && <p className="text-sm text-muted-foreground">{t("more", { count: total - sessions.length })}</p>}
      {others > 0 ? (
        <div className="flex justify-end">
          <ConfirmDialog
            trigger={
              <Button variant="outline">
                <LogOut aria-hidden="true" /> {t("signOutOthers")}
              </Button>
            }
            title={t("signOutOthersTitle")}
            description={t("signOutOthersDescription", { count: others })}
            cancelLabel={t("cancel")}
            confirmLabel={t("signOutOthers")}
            pendingLabel={t("signingOut")}
            destructive
            onConfirm={endOthers}
          />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t("onlyThis")}</p>
      )}
    </div>
  );
}
