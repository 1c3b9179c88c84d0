"use client";

import { Loader2, ThumbsDown, Trash2, Trophy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import { deleteLeadAction, markLeadLostAction, markLeadWonAction } from "@/lib/crm/lead-actions";
import { leadLostSchema } from "@/lib/crm/lead-schemas";
import type { LeadStageName } from "@/lib/crm/stages";
import { useMessageTranslator } from "@/lib/forms/use-zod-form";
import { useLeadActionError } from "./use-lead-action-error";

type Props = {
  lead: { id: string; name: string; email: string; stage: LeadStageName; customerName: string | null };
  canDelete: boolean;
};

/** Won, lost and delete: the decisions on a lead, each confirmed first. */
export function LeadOutcomeActions({ lead, canDelete }: Props) {
  const t = useTranslations("leads.detail");
  const tLeads = useTranslations("leads");
  const translate = useMessageTranslator();
  const describe = useLeadActionError();
  const router = useRouter();
  const [pending, setPending] = useState<"won" | "lost" | "delete" | null>(null);
  const [lostOpen, setLostOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonId = useId();

  const markWon = async () => {
    setPending("won");
    const result = await markLeadWonAction({ id: lead.id });
    setPending(null);
    if (!result?.data) return void toast.error(describe(result).message);
    if (result.data.temporaryPassword) {
      toast.success(t("wonAccountCreated", { email: lead.email, password: result.data.temporaryPassword }), { duration: Infinity });
    } else toast.success(t("wonDone"));
    router.refresh();
  };

  const markLost = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = leadLostSchema.safeParse({ reason });
    if (!parsed.success) return setReasonError(translate(parsed.error.issues[0]?.message ?? "required"));
    setPending("lost");
    const result = await markLeadLostAction({ id: lead.id, ...parsed.data });
    setPending(null);
    if (!result?.data) {
      const { error, message } = describe(result);
      if (error.fields?.reason?.[0]) return setReasonError(translate(error.fields.reason[0]));
      return void toast.error(message);
    }
    toast.success(t("lostDone"));
    setLostOpen(false);
    setReason("");
    router.refresh();
  };

  const remove = async () => {
    setPending("delete");
    const result = await deleteLeadAction({ id: lead.id });
    setPending(null);
    if (!result?.data) return void toast.error(describe(result).message);
    toast.success(t("deleted"));
    router.push("/crm/leads");
  };

  return (
    <div className="flex flex-wrap gap-2">
      {lead.stage !== "WON" && (
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button variant="outline" className="border-success/40 text-success hover:bg-success/10 hover:text-success">
              <Trophy aria-hidden="true" />
              {t("markWon")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("wonTitle", { name: lead.name })}</AlertDialogTitle>
              <AlertDialogDescription>
                {lead.customerName
                  ? t("wonDescriptionLinked", { customer: lead.customerName })
                  : t("wonDescriptionNew", { email: lead.email })}
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{tLeads("cancel")}</AlertDialogCancel>
              <AlertDialogAction onClick={markWon} disabled={pending === "won"}>
                {t("wonConfirm")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      )}
      {lead.stage !== "LOST" && (
        <Dialog open={lostOpen} onOpenChange={(open) => (setLostOpen(open), setReasonError(null))}>
          <DialogTrigger asChild>
            <Button variant="outline">
              <ThumbsDown aria-hidden="true" />
              {t("markLost")}
            </Button>
          </DialogTrigger>
          <DialogContent closeLabel={tLeads("cancel")}>
            <form onSubmit={markLost} noValidate className="grid gap-4">
              <DialogHeader>
                <DialogTitle>{t("lostTitle", { name: lead.name })}</DialogTitle>
                <DialogDescription>{t("lostDescription")}</DialogDescription>
              </DialogHeader>
              <Field label={t("lostReason")} error={reasonError ?? undefined} required>
                <Textarea
                  id={reasonId}
                  value={reason}
                  onChange={(event) => (setReason(event.target.value), setReasonError(null))}
                  placeholder={t("lostPlaceholder")}
                  rows={3}
                  autoFocus
                />
              </Field>
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => setLostOpen(false)}>
                  {tLeads("cancel")}
                </Button>
                <Button type="submit" variant="destructive" disabled={pending === "lost"}>
                  {pending === "lost" && <Loader2 className="animate-spin" aria-hidden="true" />}
                  {t("lostConfirm")}
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
      )}
      {canDelete && (
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button variant="ghost" className="text-destructive hover:bg-destructive/10 hover:text-destructive">
              <Trash2 aria-hidden="true" />
              {t("delete")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("deleteTitle", { name: lead.name })}</AlertDialogTitle>
              <AlertDialogDescription>{t("deleteDescription")}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{tLeads("cancel")}</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={remove} disabled={pending === "delete"}>
                {t("deleteConfirm")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      )}
    </div>
  );
}
