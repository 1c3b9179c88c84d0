"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { LeadFields } from "@/components/crm/leads/lead-fields";
import { leadFormSchema } from "@/components/crm/leads/lead-form-schema";
import { ActionForm } from "@/components/forms/action-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { createLeadAction, similarLeadsAction } from "@/lib/crm/leads/actions";
import { useActionForm } from "@/lib/forms/use-action-form";
import { SimilarLeadsNotice, type SimilarLead } from "./similar-leads-notice";

type Assignees = Array<{ id: string; name: string }>;

export function CreateLeadDialog({ assignees, currentUserId }: { assignees: Assignees; currentUserId: string }) {
  const t = useTranslations("leads");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("new")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("cancel")} className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("createTitle")}</DialogTitle>
          <DialogDescription>{t("createDescription")}</DialogDescription>
        </DialogHeader>
        {open && <CreateLeadForm assignees={assignees} currentUserId={currentUserId} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

/** A new lead, assigned to its creator when they may own leads; similar leads are shown as the contact is typed. */
function CreateLeadForm({ assignees, currentUserId, onDone }: { assignees: Assignees; currentUserId: string; onDone: () => void }) {
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
