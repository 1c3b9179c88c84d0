"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { RadioCardsField } from "@/components/forms/radio-cards-field";
import { TextField } from "@/components/forms/text-field";
import type { HostingRequestInput } from "@/lib/hosting/requests/schemas";
import { RequestSection } from "./request-section";

/** Step 3: the site's domain, and whether to register, transfer or keep it. */
export function RequestDomainSection({ onLeave }: { onLeave: () => void }) {
  const t = useTranslations("request");
  const { control } = useFormContext<HostingRequestInput>();
  return (
    <RequestSection number={3} title={t("domainTitle")} description={t("domainDescription")} onLeave={onLeave}>
      <RadioCardsField
        control={control}
        name="domainOption"
        label={t("domainOption")}
        className="sm:col-span-2"
        groupClassName="grid gap-3 sm:grid-cols-3"
        options={(["REGISTER", "TRANSFER", "EXISTING"] as const).map((option) => ({
          value: option,
          label: <span className="text-sm">{t(`domain${option}`)}</span>,
        }))}
      />
      <TextField
        control={control}
        name="domainName"
        label={t("domainName")}
        placeholder="mon-site.fr"
        autoCapitalize="none"
        spellCheck={false}
        className="sm:col-span-2"
      />
    </RequestSection>
  );
}
