"use client";

import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { PipelineCard } from "@/lib/crm/pipeline/queries";

/** Asks before a lead dropped on Won is marked won; `onConfirm` resolves once the server answered. */
export function WonDialog({
  lead,
  onConfirm,
  onCancel,
  onCloseAutoFocus,
}: {
  lead: PipelineCard | null;
  onConfirm: (lead: PipelineCard) => Promise<void>;
  onCancel: () => void;
  /** Where focus goes once the dialog closed (the card, wherever it now is). */
  onCloseAutoFocus: (event: Event) => void;
}) {
  const t = useTranslations("pipeline");
  // The lead stays on screen while the dialog closes.
  const [shown, setShown] = useState(lead);
  if (lead && lead !== shown) setShown(lead);
  return (
    <ConfirmDialog
      open={lead !== null}
      onOpenChange={(open) => !open && onCancel()}
      title={t("wonTitle", { name: shown?.name ?? "" })}
      description={t("wonDescription", { email: shown?.email ?? "" })}
      cancelLabel={t("cancel")}
      confirmLabel={t("wonConfirm")}
      pendingLabel={t("saving")}
      onConfirm={() => shown && onConfirm(shown)}
      onCloseAutoFocus={onCloseAutoFocus}
    />
  );
}

export type CreatedAccount = { name: string; email: string; password: string };

/** Shows, once, the temporary password of the customer account a won lead created, for the seller to pass on. */
export function AccountCreatedDialog({
  account,
  onClose,
  onCloseAutoFocus,
}: {
  account: CreatedAccount | null;
  onClose: () => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  const t = useTranslations("pipeline");
  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      toast.success(t("copied"));
    } catch {
      // Without clipboard access the field stays selectable by hand.
    }
  };

  return (
    <AlertDialog open={account !== null} onOpenChange={(open) => !open && onClose()}>
      {account && (
        <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("accountTitle")}</AlertDialogTitle>
            <AlertDialogDescription>{t("accountDescription", { name: account.name, email: account.email })}</AlertDialogDescription>
          </AlertDialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="temporary-password">{t("temporaryPassword")}</Label>
            <div className="flex gap-2">
              <Input
                id="temporary-password"
                readOnly
                value={account.password}
                className="font-mono"
                onFocus={(event) => event.currentTarget.select()}
              />
              <Button type="button" variant="outline" onClick={() => void copy(account.password)}>
                <Copy aria-hidden="true" />
                {t("copy")}
              </Button>
            </div>
          </div>
          <AlertDialogFooter>
            <AlertDialogAction>{t("done")}</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}
