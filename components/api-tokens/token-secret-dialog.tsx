"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { CopyableSecret } from "@/components/forms/copyable-secret";

export type CreatedToken = { name: string; token: string };

/** Shows a new token's secret, this once: a copy button, and the warning that it cannot be shown again. */
export function TokenSecretDialog({ created, onClose }: { created: CreatedToken | null; onClose: () => void }) {
  const t = useTranslations("apiTokens");
  return (
    <AlertDialog open={created !== null} onOpenChange={(open) => !open && onClose()}>
      {created && (
        <AlertDialogContent className="sm:max-w-xl">
          <AlertDialogHeader>
            <AlertDialogTitle>{t("createdTitle")}</AlertDialogTitle>
            <AlertDialogDescription>{t("usage")}</AlertDialogDescription>
          </AlertDialogHeader>
          <Alert variant="warning">
            <TriangleAlert aria-hidden="true" />
            <AlertDescription>{t("createdWarning")}</AlertDescription>
          </Alert>
          <CopyableSecret
            id="api-token-secret"
            label={t("createdLabel", { name: created.name })}
            value={created.token}
            texts={{ copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") }}
          />
          <AlertDialogFooter>
            <AlertDialogAction>{t("done")}</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}
