"use client";

import { StatusChip } from "@/components/status/status-chip";
import type { LeadStageName } from "@/lib/crm/stages";

export function StageBadge({ stage }: { stage: LeadStageName }) {
  return <StatusChip kind="leadStage" value={stage} />;
}
