"use client";

import { MailWarning } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** On a lead whose customer account has not confirmed its email address yet (read from the account, never copied). */
export function UnverifiedEmailBadge() {
  const t = useTranslations("verifyEmail");
  return (
    <Badge variant="warning" title={t("unverifiedHint")} data-testid="unverified-email">
      <MailWarning aria-hidden="true" />
      {t("unverifiedBadge")}
    </Badge>
  );
}
