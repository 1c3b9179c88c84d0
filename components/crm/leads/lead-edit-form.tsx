"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { z } from "zod";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateLeadAction } from "@/lib/crm/leads/actions";
import type { LeadUpdate } from "@/lib/crm/leads/schemas";
import { leadStages, openStages, type LeadSourceName, type LeadStageName } from "@/lib/crm/stages";
import { useActionForm } from "@/lib/forms/use-action-form";
import { useMessageTranslator } from "@/lib/forms/use-zod-form";
import { LeadFields } from "./lead-fields";
import { leadFormSchema } from "./lead-form-schema";
import { useLeadErrorMessages } from "./use-lead-error-messages";

/** The edit form also shows a closed lead's stage, which the server only changes through its own steps. */
const leadEditSchema = leadFormSchema.extend({ stage: z.enum(leadStages) });
type LeadEditValues = z.output<typeof leadEditSchema>;

export type EditableLead = {
  id: string;
  name: string;
  email: string;
  company: string | null;
  phone: string | null;
  source: LeadSourceName;
  valueCents: number;
  stage: LeadStageName;
  assigneeId: string | null;
  notes: string | null;
};

/** What the form changed, so the timeline records real changes only; an emptied text clears its field. */
function changesOf(lead: EditableLead, values: LeadEditValues): LeadUpdate {
  const changes: Record<string, unknown> = {};
  for (const key of ["name", "email", "source", "valueCents", "assigneeId", "stage"] as const)
    if (values[key] !== lead[key]) changes[key] = values[key];
  for (const key of ["company", "phone", "notes"] as const) if ((values[key] ?? null) !== lead[key]) changes[key] = values[key] ?? "";
  return changes as LeadUpdate;
}

/** Every editable field of a lead; only what changed is sent. */
export function LeadEditForm({
  lead,
  assignees,
  readOnly,
}: {
  lead: EditableLead;
  assignees: Array<{ id: string; name: string }>;
  readOnly: boolean;
}) {
  const t = useTranslations("leads");
  const tStage = useTranslations("leadStage");
  const translate = useMessageTranslator();
  const router = useRouter();
  const closed = !(openStages as readonly string[]).includes(lead.stage);
  const { form, onSubmit } = useActionForm(
    async (values) => {
      const changes = changesOf(lead, values);
      if (Object.keys(changes).length > 0) return updateLeadAction({ id: lead.id, changes });
      toast.info(translate("nothingToChange"));
      return null;
    },
    leadEditSchema,
    {
      defaultValues: {
        name: lead.name,
        email: lead.email,
        company: lead.company ?? "",
        phone: lead.phone ?? "",
        source: lead.source,
        valueCents: lead.valueCents,
        assigneeId: lead.assigneeId,
        stage: lead.stage,
        notes: lead.notes ?? "",
      },
      errorMessages: useLeadErrorMessages(),
      onSuccess: () => {
        toast.success(t("detail.saved"));
        form.reset(form.getValues());
        router.refresh();
      },
    },
  );

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4" aria-label={t("detail.edit")}>
      <LeadFields
        assignees={assignees}
        readOnly={readOnly}
        stage={
          <SelectField
            control={form.control}
            name="stage"
            label={t("detail.stage")}
            disabled={readOnly}
            description={closed ? t("detail.reopenHint") : undefined}
            options={(closed ? [lead.stage, ...openStages] : openStages).map((stage) => ({ value: stage, label: tStage(stage) }))}
          />
        }
      />
      {!readOnly && (
        <div className="flex justify-end">
          <SubmitButton disabled={!form.formState.isDirty} pendingLabel={t("detail.saving")}>
            {t("detail.save")}
          </SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}
