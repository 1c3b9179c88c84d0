"use client";

import { useTranslations } from "next-intl";
import type { ErrorMessages } from "@/lib/forms/use-action-error-message";

/** What a refused lead action says beyond the shared messages: which lead is gone, why winning it failed. */
export function useLeadErrorMessages(): ErrorMessages {
  const t = useTranslations("leads");
  return {
    NOT_FOUND: t("notFound"),
    CONFLICT: (error) => (error.fields?.customerId ? t("staffEmail") : undefined),
  };
}
