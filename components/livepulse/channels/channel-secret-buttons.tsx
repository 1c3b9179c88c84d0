"use client";

import { Eye, RotateCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { revealChannelSecretAction, rotateChannelSecretAction } from "@/lib/livepulse/channels/actions";
import { ChannelSecretDialog, type ShownSecret } from "./channel-secret-dialog";

/** A webhook channel's secret: shown on demand, or replaced after a confirmation (the receiver must then use the new one). */
export function ChannelSecretButtons({ id, name }: { id: string; name: string }) {
  const t = useTranslations("livepulseChannels.secret");
  const router = useRouter();
  const errorMessage = useActionErrorMessage();
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const reveal = async () => {
    const result = await revealChannelSecretAction({ id });
    if (!result?.data) return void toast.error(errorMessage(actionError(result)));
    setShown({ name, secret: result.data.secret, fresh: false });
  };
  const rotate = async () => {
    const result = await rotateChannelSecretAction({ id });
    if (!result?.data) return void toast.error(errorMessage(actionError(result)));
    toast.success(t("rotated"));
    setShown({ name, secret: result.data.secret, fresh: true });
    router.refresh();
  };
  return (
    <>
      <Button variant="ghost" size="icon" aria-label={t("revealNamed", { name })} title={t("reveal")} onClick={() => void reveal()}>
        <Eye aria-hidden="true" />
      </Button>
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="icon" aria-label={t("rotateNamed", { name })} title={t("rotate")}>
            <RotateCw aria-hidden="true" />
          </Button>
        }
        title={t("rotateTitle", { name })}
        description={t("rotateDescription")}
        cancelLabel={t("cancel")}
        confirmLabel={t("rotate")}
        onConfirm={rotate}
      />
      <ChannelSecretDialog shown={shown} onClose={() => setShown(null)} />
    </>
  );
}
