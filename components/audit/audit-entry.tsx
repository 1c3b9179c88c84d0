import { ChevronRight, ExternalLink, History, UserRound } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { auditDiff } from "@/lib/audit-log/diff";
import { actionKey, entityHref, isAuditEntity } from "@/lib/audit-log/entities";
import type { AuditEntry as Entry } from "@/lib/audit-log/queries";
import { formatDate, type DateFormat } from "@/lib/format";
import { AuditValue, type ValueLabels } from "./audit-value";

/** A link to the log with these filters (and no cursor: the newest matching entries). */
export const auditHref = (filters: Record<string, string>) => `/admin/audit?${new URLSearchParams(filters).toString()}`;

/**
 * One entry: a line that says who did what to which record and when, opening (a native disclosure,
 * so keyboard and screen readers work without script) onto the changed fields, old value struck
 * and new one highlighted.
 */
export async function AuditEntry({ entry, format }: { entry: Entry; format: DateFormat }) {
  const [t, tEntity, tAction] = await Promise.all([
    getTranslations("audit"),
    getTranslations("auditEntity"),
    getTranslations("auditAction"),
  ]);
  const changes = auditDiff(entry.before, entry.after);
  const action = tAction.has(actionKey(entry.action) as never) ? tAction(actionKey(entry.action) as never) : entry.action;
  const entityLabel = isAuditEntity(entry.entity) ? tEntity(entry.entity) : entry.entity;
  const actorName = entry.actor?.name ?? (entry.actorId ? entry.actorId : t("system"));
  const href = entityHref(entry.entity, entry.entityId);
  const labels: ValueLabels = { none: t("none"), empty: t("empty_value"), showFull: t("showFull") };
  const hasValues = entry.before !== null || entry.after !== null;

  return (
    <li className="border-b last:border-b-0">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 outline-none hover:bg-muted/50 focus-visible:bg-muted/50 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset [&::-webkit-details-marker]:hidden">
          <ChevronRight className="size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90" aria-hidden="true" />
          <time dateTime={entry.createdAt.toISOString()} className="w-40 shrink-0 text-sm text-muted-foreground tabular-nums">
            {formatDate(entry.createdAt, format, true)}
          </time>
          <Badge variant="secondary">{action}</Badge>
          <span className="min-w-0 text-sm">
            <span className="font-medium">{entityLabel}</span>{" "}
            <span className="font-mono text-xs break-all text-muted-foreground">{entry.entityId}</span>
          </span>
          <span className="text-sm text-muted-foreground">{t("by", { name: actorName })}</span>
          <span className="ml-auto text-xs text-muted-foreground">{t("changes", { count: changes.length })}</span>
        </summary>
        <div className="flex flex-col gap-3 px-4 pb-4 sm:pl-11">
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {entry.actor && (
              <Link
                className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline"
                href={auditHref({ actor: entry.actor.id })}
              >
                <UserRound className="size-3.5" aria-hidden="true" />
                {t("filterByActor", { name: entry.actor.name })}
              </Link>
            )}
            <Link
              className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline"
              href={auditHref({ entity: entry.entity, entityId: entry.entityId })}
            >
              <History className="size-3.5" aria-hidden="true" />
              {t("historyOf")}
            </Link>
            {href && (
              <Link className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline" href={href}>
                <ExternalLink className="size-3.5" aria-hidden="true" />
                {t("openRecord")}
              </Link>
            )}
          </div>
          {!hasValues ? (
            <p className="text-sm text-muted-foreground">{t("noDetails")}</p>
          ) : changes.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noChange")}</p>
          ) : (
            <table className="w-full table-fixed text-sm">
              <caption className="sr-only">{t("details")}</caption>
              <thead className="text-left text-xs text-muted-foreground">
                <tr className="max-sm:sr-only">
                  <th scope="col" className="w-1/4 py-1 pr-3 font-medium">
                    {t("field")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("before")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("after")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.path} className="border-t align-top max-sm:flex max-sm:flex-col max-sm:gap-1 max-sm:py-2">
                    <th scope="row" className="py-1.5 pr-3 text-left font-mono text-xs font-normal break-all">
                      {change.path || t("wholeValue")}
                    </th>
                    <td className="py-1.5 pr-3 max-sm:py-0">
                      <span className="mr-1 text-xs text-muted-foreground sm:hidden">{t("before")}</span>
                      <AuditValue path={change.path} value={change.before} side="before" format={format} labels={labels} />
                    </td>
                    <td className="py-1.5 max-sm:py-0">
                      <span className="mr-1 text-xs text-muted-foreground sm:hidden">{t("after")}</span>
                      <AuditValue path={change.path} value={change.after} side="after" format={format} labels={labels} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </details>
    </li>
  );
}
