"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/safe-action";

/** A sentence, in the user's language, for a ticket action that failed. */
export function useTicketErrorMessage() {
  const t = useTranslations("tickets.errors");
  return (error: ActionError | null): string => {
    if (error?.fields?.body?.includes("ticketClosed")) return t("closed");
    switch (error?.code) {
      case "VALIDATION":
        return t("fixErrors");
      case "FORBIDDEN":
      case "UNAUTHORIZED":
        return t("forbidden");
      case "NOT_FOUND":
        return t("notFound");
      case "CONFLICT":
        return t("conflict");
      default:
        return t("generic");
    }
  };
}
