"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/safe-action";

type Result = { serverError?: unknown; validationErrors?: unknown } | undefined;

/** The error of a lead action's result, and a sentence for it in the user's language. */
export function useLeadActionError() {
  const t = useTranslations("leads");
  return (result: Result): { error: ActionError; message: string } => {
    const error = (result?.serverError as ActionError | undefined) ?? {
      code: result?.validationErrors ? "VALIDATION" : "INTERNAL",
      message: "",
    };
    const message =
      error.code === "VALIDATION"
        ? t("fixErrors")
        : error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED"
          ? t("forbidden")
          : error.code === "NOT_FOUND"
            ? t("notFound")
            : error.code === "CONFLICT" && error.message
              ? error.message
              : t("genericError");
    return { error, message };
  };
}
