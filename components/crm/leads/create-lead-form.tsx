"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { LeadFields } from "@/components/crm/leads/lead-fields";
import { leadFormSchema } from "@/components/crm/leads/lead-form-schema";
import { ActionForm } from "@/components/forms/action-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { createLeadAction, similarLeadsAction } from "@/lib/crm/leads/actions";
import { useActionForm } from "@/lib/forms/use-action-form";
import { SimilarLeadsNotice, type SimilarLead } from "./similar-leads-notice";

type Assignees = Array<{ id: string; name: string }>;

/** A new lead, assigned to its creator when they may own leads; similar leads are shown as the contact is typed. */
export function CreateLeadForm({ assignees, currentUserId, onDone }: { assignees: Assignees; currentUserId: string; onDone: () => void }) {
  const t = useTranslations("leads");
  const router = useRouter();
  const [similar, setSimilar] = useState<SimilarLead[]>([]);
  const { form, onSubmit } = useActionForm(createLeadAction, leadFormSchema, {
    defaultValues: {
      name: "",
      email: "",
      company: "",
      phone: "",
      source: "OTHER",
      valueCents: 0,
      assigneeId: assignees.some((a) => a.id === currentUserId) ? currentUserId : null,
      notes: "",
    },
    onSuccess: (lead) => {
      toast.success(t("created", { name: lead.name }));
      onDone();
      router.push(`/crm/leads/${lead.id}`);
    },
  });

  // Loaded once the dialog has opened, the form takes the focus the dialog gave its first control
  // then (its close button): the first field, as a dialog's form does.
  useEffect(() => form.setFocus("name"), [form]);

  const checkSimilar = async () => {
    const { email, company } = form.getValues();
    if (!email && !company) return;
    const result = await similarLeadsAction({ email: email || undefined, company: company || undefined });
    setSimilar(result?.data ?? []);
  };

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <LeadFields
        assignees={assignees}
        onContactBlur={() => void checkSimilar()}
        afterContact={similar.length > 0 && <SimilarLeadsNotice leads={similar} />}
      />
      <DialogFormFooter cancel={t("cancel")} submit={t("create")} submitting={t("creating")} onCancel={onDone} />
    </ActionForm>
  );
}
