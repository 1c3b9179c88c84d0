"use client";

import { useTranslations } from "next-intl";
import type { ErrorMessages } from "@/lib/forms/use-action-error-message";

/** What a refused ticket action says beyond the shared messages. */
export function useTicketErrorMessages(): ErrorMessages {
  const t = useTranslations("tickets.errors");
  return { NOT_FOUND: t("notFound"), CONFLICT: t("conflict") };
}
