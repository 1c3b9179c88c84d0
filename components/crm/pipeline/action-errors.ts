"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/safe-action";

/** What a server action's result says went wrong, if anything (no result at all is a failure too). */
export function actionError(result: { serverError?: unknown; validationErrors?: unknown } | undefined): ActionError | null {
  if (!result) return { code: "INTERNAL", message: "" };
  if (result.serverError) return result.serverError as ActionError;
  if (result.validationErrors) return { code: "VALIDATION", message: "" };
  return null;
}

/** A sentence for the seller, in their language, for a move that failed. */
export function useMoveErrorMessage() {
  const t = useTranslations("pipeline");
  return (error: ActionError | null): string => {
    switch (error?.code) {
      case "FORBIDDEN":
        return t("errorForbidden");
      case "UNAUTHORIZED":
        return t("errorUnauthorized");
      case "NOT_FOUND":
        return t("errorNotFound");
      case "CONFLICT":
        return error.fields?.customerId ? t("errorStaffEmail") : t("errorConflict");
      default:
        return t("errorGeneric");
    }
  };
}
