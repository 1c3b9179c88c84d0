"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
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
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { RequestStatus } from "@/lib/hosting/request-status";
import { changeRequestStatusAction } from "@/lib/hosting/request-status-actions";
import type { ActionError } from "@/lib/safe-action";

function useChangeStatus(id: string) {
  const router = useRouter();
  const t = useTranslations("requestDetail");
  const [pending, startTransition] = useTransition();
  const run = (status: RequestStatus, comment?: string, onDone?: () => void) =>
    startTransition(async () => {
      const result = await changeRequestStatusAction({ id, status, comment });
      if (result?.data) {
        toast.success(t("statusChanged"));
        onDone?.();
        router.refresh();
      } else {
        toast.error((result?.serverError as ActionError | undefined)?.message ?? t("statusFailed"));
      }
    });
  return { pending, run };
}

/** A customer's cancel button, behind a confirmation. */
export function CancelRequestButton({ id }: { id: string }) {
  const t = useTranslations("requestDetail");
  const { pending, run } = useChangeStatus(id);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" disabled={pending}>
          {pending && <Loader2 className="animate-spin" aria-hidden="true" />}
          {t("cancel")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("cancelTitle")}</AlertDialogTitle>
          <AlertDialogDescription>{t("cancelDescription")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("keep")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={() => run("CANCELLED")}>
            {t("confirmCancel")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

/** Staff move the request along with a comment that joins the timeline. */
export function StatusChangeForm({ id, options }: { id: string; options: Array<{ value: RequestStatus; label: string }> }) {
  const t = useTranslations("requestDetail");
  const { pending, run } = useChangeStatus(id);
  const [status, setStatus] = useState<RequestStatus | "">("");
  const [comment, setComment] = useState("");
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (status) run(status, comment || undefined, () => setComment(""));
      }}
    >
      <div className="flex flex-col gap-2">
        <Label htmlFor="next-status">{t("newStatus")}</Label>
        <Select value={status} onValueChange={(value) => setStatus(value as RequestStatus)}>
          <SelectTrigger id="next-status" className="w-full">
            <SelectValue placeholder={t("chooseStatus")} />
          </SelectTrigger>
          <SelectContent>
            {options.map((option) => (
              <SelectItem key={option.value} value={option.value}>
                {option.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="status-comment">{t("comment")}</Label>
        <Textarea id="status-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
      </div>
      <Button type="submit" disabled={!status || pending}>
        {pending && <Loader2 className="animate-spin" aria-hidden="true" />}
        {t("apply")}
      </Button>
    </form>
  );
}
