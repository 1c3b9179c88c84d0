import { History } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { AuditEntity } from "@/lib/audit-log/entities";

/**
 * A record's "History" link to its entries in the audit log. The page that shows it decides who
 * sees it (`can(role, "audit:read")`); `compact` is the icon alone, for a row of icon buttons, named
 * after the record for screen readers.
 */
export function HistoryLink({
  entity,
  entityId,
  name,
  compact,
}: {
  entity: AuditEntity;
  entityId: string;
  name?: string;
  compact?: boolean;
}) {
  const t = useTranslations("auditHistory");
  const href = `/admin/audit?${new URLSearchParams({ entity, entityId }).toString()}`;
  const label = name ? t("historyOf", { name }) : t("hint");
  return (
    <Button asChild variant={compact ? "ghost" : "outline"} size={compact ? "icon-sm" : "sm"}>
      <Link href={href} aria-label={compact ? label : undefined} title={label}>
        <History aria-hidden="true" />
        {compact ? null : t("history")}
      </Link>
    </Button>
  );
}
