"use client";

import { Ban } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { useAgo, useFullDate } from "@/components/notifications/use-ago";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { revokeOwnTokenAction, revokeTokenAction } from "@/lib/api-tokens/actions";
import type { TokenStatus } from "@/lib/api-tokens/statuses";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { cn } from "@/lib/utils";

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  status: TokenStatus;
  owner?: { name: string; email: string };
};

const statusVariant = { active: "success", expired: "secondary", revoked: "outline" } as const;

/**
 * A list of API tokens: name and prefix, scopes, dates, last use and status, and a revoke button
 * (with a confirmation) on each active one. `admin`: every user's tokens, with their owner.
 */
export function TokenTable({ tokens, now, admin = false }: { tokens: TokenRow[]; now: string; admin?: boolean }) {
  const t = useTranslations("apiTokens");
  const tPermission = useTranslations("permissionNames") as unknown as (key: string) => string;
  const router = useRouter();
  const format = useFormatter();
  const ago = useAgo();
  const fullDate = useFullDate();
  const errorMessage = useActionErrorMessage({ NOT_FOUND: t("notFound") });
  const nowMs = new Date(now).getTime();
  const day = (date: string) => format.dateTime(new Date(date), { dateStyle: "medium" });
  // The admins' list also shows the owner: scopes and last use wait for a wider screen.
  const wide = admin
    ? { scopes: "hidden xl:table-cell", lastUsed: "hidden lg:table-cell" }
    : { scopes: "hidden md:table-cell", lastUsed: "hidden md:table-cell" };

  const revoke = async (id: string) => {
    const error = actionError(await (admin ? revokeTokenAction : revokeOwnTokenAction)({ id }));
    if (error) toast.error(errorMessage(error));
    else toast.success(t("revoked"));
    router.refresh();
  };

  return (
    <Table aria-label={t("list")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("columns.name")}</TableHead>
          {admin && <TableHead className="hidden sm:table-cell">{t("columns.owner")}</TableHead>}
          <TableHead className={wide.scopes}>{t("columns.scopes")}</TableHead>
          <TableHead className="hidden lg:table-cell">{t("columns.created")}</TableHead>
          <TableHead className="hidden sm:table-cell">{t("columns.expires")}</TableHead>
          <TableHead className={wide.lastUsed}>{t("columns.lastUsed")}</TableHead>
          <TableHead>{t("columns.status")}</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">{t("columns.actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id} data-testid="api-token">
            <TableCell className="max-w-48 sm:max-w-64">
              <span className="block truncate font-medium">{token.name}</span>
              <code className="block truncate text-xs text-muted-foreground">{token.prefix}…</code>
              {/* On a phone the other columns are hidden: the owner and the expiry join the name. */}
              {admin && <span className="block truncate text-xs text-muted-foreground sm:hidden">{token.owner?.email}</span>}
              <span className="block text-xs text-muted-foreground sm:hidden">{t("expiresLine", { date: day(token.expiresAt) })}</span>
            </TableCell>
            {admin && (
              <TableCell className="hidden max-w-56 sm:table-cell">
                <span className="block truncate">{token.owner?.name}</span>
                <span className="block truncate text-xs text-muted-foreground">{token.owner?.email}</span>
              </TableCell>
            )}
            <TableCell className={cn("max-w-64", wide.scopes)}>
              <span className="text-sm" title={token.scopes.map((scope) => tPermission(scope)).join("\n")}>
                {t("scopeCount", { count: token.scopes.length })}
              </span>
              <span className="block truncate text-xs text-muted-foreground">{token.scopes.join(", ")}</span>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap text-muted-foreground lg:table-cell">
              <time dateTime={token.createdAt} title={fullDate(token.createdAt)}>
                {day(token.createdAt)}
              </time>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">
              <time dateTime={token.expiresAt} title={fullDate(token.expiresAt)}>
                {day(token.expiresAt)}
              </time>
            </TableCell>
            <TableCell className={cn("text-sm text-muted-foreground", wide.lastUsed)}>
              {token.lastUsedAt ? (
                <time dateTime={token.lastUsedAt} title={fullDate(token.lastUsedAt)}>
                  {token.lastUsedIp
                    ? t("usedFrom", { when: ago(token.lastUsedAt, nowMs), ip: token.lastUsedIp })
                    : ago(token.lastUsedAt, nowMs)}
                </time>
              ) : (
                t("neverUsed")
              )}
            </TableCell>
            <TableCell>
              <Badge variant={statusVariant[token.status]}>{t(`status.${token.status}`)}</Badge>
            </TableCell>
            <TableCell className="text-right">
              {token.status === "active" && (
                <ConfirmDialog
                  trigger={
                    <Button variant="outline" size="sm" aria-label={t("revokeLabel", { name: token.name })}>
                      <Ban aria-hidden="true" />
                      <span className="hidden sm:inline">{t("revoke")}</span>
                    </Button>
                  }
                  title={t("revokeTitle")}
                  description={t("revokeDescription", { name: token.name })}
                  cancelLabel={t("cancel")}
                  confirmLabel={t("revoke")}
                  pendingLabel={t("revoking")}
                  destructive
                  onConfirm={() => revoke(token.id)}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
