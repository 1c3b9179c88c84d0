"use client";

import { useTranslations } from "next-intl";
import type { ErrorMessages } from "@/lib/forms/use-action-error-message";

/** What a refused plan action says beyond the shared messages; `planName` names the plan a refused delete keeps. */
export function usePlanErrorMessages(planName = ""): ErrorMessages {
  const t = useTranslations("admin");
  return {
    FORBIDDEN: t("forbidden"),
    UNAUTHORIZED: t("forbidden"),
    NOT_FOUND: t("notFound"),
    CONFLICT: (error) =>
      error.meta?.reason === "planInUse" ? t("deleteRefused", { name: planName, count: Number(error.meta.requests) || 1 }) : undefined,
  };
}
