"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/safe-action";

export { actionError } from "@/lib/forms/action-error";

/** A sentence for the admin, in their language, for an action that failed. */
export function useActionErrorMessage() {
  const t = useTranslations("admin");
  return (error: ActionError | null, planName: string) => {
    if (error?.meta?.reason === "planInUse") return t("deleteRefused", { name: planName, count: Number(error.meta.requests) || 1 });
    switch (error?.code) {
      case "VALIDATION":
        return t("fixErrors");
      case "FORBIDDEN":
      case "UNAUTHORIZED":
        return t("forbidden");
      case "NOT_FOUND":
        return t("notFound");
      default:
        return t("genericError");
    }
  };
}
