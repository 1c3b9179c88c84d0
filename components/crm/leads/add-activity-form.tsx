"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { RadioCardsField } from "@/components/forms/radio-cards-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { addActivityAction } from "@/lib/crm/leads/actions";
import { activityCreateSchema } from "@/lib/crm/leads/schemas";
import { loggableActivityTypes } from "@/lib/crm/stages";
import { useActionForm } from "@/lib/forms/use-action-form";
import { cn } from "@/lib/utils";
import { useLeadErrorMessages } from "./use-lead-error-messages";

/** Log a call, email, meeting, note or task; the timeline below shows it at once. */
export function AddActivityForm({ leadId }: { leadId: string }) {
  const t = useTranslations("leads.timeline");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(
    // Only a task keeps the due date its box may still hold.
    (activity) => addActivityAction({ leadId, activity: { ...activity, dueAt: activity.type === "TASK" ? activity.dueAt : undefined } }),
    activityCreateSchema,
    {
      defaultValues: { type: "CALL", subject: "", body: "", dueAt: "" },
      errorMessages: useLeadErrorMessages(),
      onSuccess: (_, { type }) => {
        toast.success(t("logged"));
        form.reset({ type, subject: "", body: "", dueAt: "" });
        router.refresh();
      },
    },
  );
  const task = form.watch("type") === "TASK";

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-3 rounded-lg border bg-muted/30 p-4" aria-label={t("add")}>
      <RadioCardsField
        control={form.control}
        name="type"
        label={t("type")}
        labelClassName="sr-only"
        variant="pills"
        groupClassName="flex flex-wrap gap-1.5"
        options={loggableActivityTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
      />
      <div className={cn("grid gap-3", task && "sm:grid-cols-[1fr_14rem]")}>
        <TextField control={form.control} name="subject" label={t("subject")} placeholder={t("subjectPlaceholder")} />
        {task && <TextField control={form.control} name="dueAt" type="datetime-local" label={t("dueAt")} />}
      </div>
      <TextField control={form.control} name="body" label={t("body")} multiline rows={2} />
      <div className="flex justify-end">
        <SubmitButton size="sm" pendingLabel={t("logging")}>
          {t("log")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
