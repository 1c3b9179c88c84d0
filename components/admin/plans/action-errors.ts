"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/safe-action";

/** What a server action's result says went wrong, if anything. */
export function actionError(result: { serverError?: unknown; validationErrors?: unknown } | undefined): ActionError | null {
  if (!result) return { code: "INTERNAL", message: "" };
  if (result.serverError) return result.serverError as ActionError;
  if (result.validationErrors) return { code: "VALIDATION", message: "" };
  return null;
}

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
