"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import type { HostingRequestInput } from "@/lib/hosting/requests/schemas";
import { RequestSection } from "./request-section";

/** Step 1: who to contact about the request. */
export function RequestCustomerSection({ onLeave }: { onLeave: () => void }) {
  const t = useTranslations("request");
  const { control } = useFormContext<HostingRequestInput>();
  return (
    <RequestSection number={1} title={t("customerTitle")} description={t("customerDescription")} onLeave={onLeave}>
      <TextField control={control} name="contactName" label={t("contactName")} autoComplete="name" />
      <TextField control={control} name="contactEmail" label={t("contactEmail")} type="email" autoComplete="email" />
      <TextField control={control} name="contactPhone" label={t("contactPhone")} optional type="tel" autoComplete="tel" />
      <TextField control={control} name="companyName" label={t("companyName")} optional autoComplete="organization" />
    </RequestSection>
  );
}
