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

export type ShownSecret = { name: string; secret: string; fresh: boolean };

/** A secret shown with a copy button; a fresh one (created, rotated) says what to do with it. */
export function ChannelSecretField({ shown }: { shown: ShownSecret }) {
  const t = useTranslations("livepulseChannels.secret");
  return (
    <>
      {shown.fresh && (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{t("freshWarning")}</AlertDescription>
        </Alert>
      )}
      <CopyableSecret
        id="channel-secret"
        label={t("label")}
        value={shown.secret}
        texts={{ copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") }}
      />
    </>
  );
}

/** A webhook channel's signing secret in a dialog of its own (revealed or rotated from the channels list). */
export function ChannelSecretDialog({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) {
  const t = useTranslations("livepulseChannels.secret");
  return (
    <AlertDialog open={shown !== null} onOpenChange={(open) => !open && onClose()}>
      {shown && (
        <AlertDialogContent className="sm:max-w-xl">
          <AlertDialogHeader>
            <AlertDialogTitle>{t("title", { name: shown.name })}</AlertDialogTitle>
            <AlertDialogDescription>{t("usage")}</AlertDialogDescription>
          </AlertDialogHeader>
          <ChannelSecretField shown={shown} />
          <AlertDialogFooter>
            <AlertDialogAction>{t("done")}</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}
