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
    // Styled in app/globals.css (`.audit-entry`): a page repeats it fifty times.
    <li className="audit-entry">
      <details>
        <summary>
          <ChevronRight aria-hidden="true" />
          <time dateTime={entry.createdAt.toISOString()}>{formatDate(entry.createdAt, format, true)}</time>
          <Badge variant="secondary">{action}</Badge>
          <span className="min-w-0 text-sm">
            <span className="font-medium">{entityLabel}</span>{" "}
            <span className="font-mono text-xs break-all text-muted-foreground">{entry.entityId}</span>
          </span>
          <span className="text-sm text-muted-foreground">{t("by", { name: actorName })}</span>
          <span className="ml-auto text-xs text-muted-foreground">{t("changes", { count: changes.length })}</span>
        </summary>
        <div className="audit-details">
          <div className="audit-links">
            {entry.actor && (
              <Link className="audit-link" href={auditHref({ actor: entry.actor.id })}>
                <UserRound className="size-3.5" aria-hidden="true" />
                {t("filterByActor", { name: entry.actor.name })}
              </Link>
            )}
            <Link className="audit-link" href={auditHref({ entity: entry.entity, entityId: entry.entityId })}>
              <History className="size-3.5" aria-hidden="true" />
              {t("historyOf")}
            </Link>
            {href && (
              <Link className="audit-link" href={href}>
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
            <table className="audit-changes">
              <caption className="sr-only">{t("details")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field")}</th>
                  <th scope="col">{t("before")}</th>
                  <th scope="col">{t("after")}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.path}>
                    <th scope="row">{change.path || t("wholeValue")}</th>
                    <td>
                      <span className="audit-side">{t("before")}</span>
                      <AuditValue path={change.path} value={change.before} side="before" format={format} labels={labels} />
                    </td>
                    <td>
                      <span className="audit-side">{t("after")}</span>
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
