"use client";

import { ThumbsDown, Trash2, Trophy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { deleteLeadAction, markLeadLostAction, markLeadWonAction } from "@/lib/crm/leads/actions";
import type { LeadStageName } from "@/lib/crm/stages";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { LostReasonForm } from "./lost-reason-form";
import { useLeadErrorMessages } from "./use-lead-error-messages";

type Props = {
  lead: { id: string; name: string; email: string; stage: LeadStageName; customerName: string | null };
  canDelete: boolean;
};

/** Won, lost and delete: the decisions on a lead, each confirmed first. */
export function LeadOutcomeActions({ lead, canDelete }: Props) {
  const t = useTranslations("leads.detail");
  const tLeads = useTranslations("leads");
  const errorMessages = useLeadErrorMessages();
  const errorMessage = useActionErrorMessage(errorMessages);
  const router = useRouter();
  const [lostOpen, setLostOpen] = useState(false);

  const markWon = async () => {
    const result = await markLeadWonAction({ id: lead.id });
    if (!result?.data) return void toast.error(errorMessage(actionError(result)));
    if (result.data.temporaryPassword) {
      toast.success(t("wonAccountCreated", { email: lead.email, password: result.data.temporaryPassword }), { duration: Infinity });
    } else toast.success(t("wonDone"));
    router.refresh();
  };

  const remove = async () => {
    const result = await deleteLeadAction({ id: lead.id });
    if (!result?.data) return void toast.error(errorMessage(actionError(result)));
    toast.success(t("deleted"));
    router.push("/crm/leads");
  };

  return (
    <div className="flex flex-wrap gap-2">
      {lead.stage !== "WON" && (
        <ConfirmDialog
          trigger={
            <Button variant="outline" className="border-success/40 text-success hover:bg-success/10 hover:text-success">
              <Trophy aria-hidden="true" />
              {t("markWon")}
            </Button>
          }
          title={t("wonTitle", { name: lead.name })}
          description={
            lead.customerName ? t("wonDescriptionLinked", { customer: lead.customerName }) : t("wonDescriptionNew", { email: lead.email })
          }
          cancelLabel={tLeads("cancel")}
          confirmLabel={t("wonConfirm")}
          onConfirm={markWon}
        />
      )}
      {lead.stage !== "LOST" && (
        <DialogOnIntent
          open={lostOpen}
          onOpenChange={setLostOpen}
          trigger={
            <Button variant="outline">
              <ThumbsDown aria-hidden="true" />
              {t("markLost")}
            </Button>
          }
          title={t("lostTitle", { name: lead.name })}
          description={t("lostDescription")}
          closeLabel={tLeads("cancel")}
        >
          <LostReasonForm
            send={(reason) => markLeadLostAction({ id: lead.id, reason })}
            onSuccess={() => {
              toast.success(t("lostDone"));
              setLostOpen(false);
              router.refresh();
            }}
            onCancel={() => setLostOpen(false)}
            errorMessages={errorMessages}
            labels={{ reason: t("lostReason"), placeholder: t("lostPlaceholder"), cancel: tLeads("cancel"), confirm: t("lostConfirm") }}
          />
        </DialogOnIntent>
      )}
      {canDelete && (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" className="text-destructive hover:bg-destructive/10 hover:text-destructive">
              <Trash2 aria-hidden="true" />
              {t("delete")}
            </Button>
          }
          title={t("deleteTitle", { name: lead.name })}
          description={t("deleteDescription")}
          cancelLabel={tLeads("cancel")}
          confirmLabel={t("deleteConfirm")}
          destructive
          onConfirm={remove}
        />
      )}
    </div>
  );
}
