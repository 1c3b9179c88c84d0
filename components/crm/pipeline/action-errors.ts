"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/safe-action";

export { actionError } from "@/lib/forms/action-error";

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
