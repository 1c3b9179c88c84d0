"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { LeadStageName } from "@/lib/crm/stages";
import { StageBadge } from "./stage-badge";

export type SimilarLead = { id: string; name: string; email: string; company: string | null; stage: LeadStageName };

/** Leads with the same email or company as the one being created, to avoid a duplicate. */
export function SimilarLeadsNotice({ leads }: { leads: SimilarLead[] }) {
  const t = useTranslations("leads");
  return (
    <Alert variant="warning" data-testid="similar-leads">
      <TriangleAlert aria-hidden="true" />
      <AlertTitle>{t("similarTitle")}</AlertTitle>
      <AlertDescription>
        <p>{t("similarDescription")}</p>
        <ul className="mt-2 flex flex-col gap-1.5">
          {leads.map((lead) => (
            <li key={lead.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/crm/leads/${lead.id}`} className="font-medium text-foreground underline underline-offset-4">
                {lead.name}
              </Link>
              <span className="text-muted-foreground">{[lead.email, lead.company].filter(Boolean).join(" · ")}</span>
              <StageBadge stage={lead.stage} />
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
