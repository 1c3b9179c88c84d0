"use client";

import { useTranslations } from "next-intl";
import { statusVariant } from "@/components/status/status-variants";
import { Badge } from "@/components/ui/badge";
import type { LeadStageName } from "@/lib/crm/stages";

export function StageBadge({ stage }: { stage: LeadStageName }) {
  const t = useTranslations("leadStage");
  return <Badge variant={statusVariant("leadStage", stage)}>{t(stage)}</Badge>;
}
