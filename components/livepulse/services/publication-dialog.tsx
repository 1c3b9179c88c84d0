"use client";

import { Globe } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useActionForm } from "@/lib/forms/use-action-form";
import { updatePublicationAction } from "@/lib/status-page/actions";
import { publicationSchema, type PublicationInput } from "@/lib/status-page/schemas";

/** An admin's "publish on the status page" control for one monitor: on or off, public names, plans affected. */
export function PublicationDialog({
  monitorId,
  name,
  publication,
  plans,
}: {
  monitorId: string;
  name: string;
  publication: PublicationInput | null;
  plans: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("statusPublication");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const defaults: PublicationInput = publication ?? { published: true, nameFr: name, nameEn: name, planIds: [] };
  const { form, onSubmit } = useActionForm((values) => updatePublicationAction({ id: monitorId, publication: values }), publicationSchema, {
    defaultValues: defaults,
    onSuccess: (_data, values) => {
      toast.success(t("saved"));
      setOpen(false);
      form.reset(values);
      router.refresh();
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t("openNamed", { name })} data-testid="publication-open">
          <Globe aria-hidden="true" />
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4" data-testid="publication-form">
          <SwitchField
            control={form.control}
            name="published"
            label={t("published")}
            className="items-center"
            labelClassName="font-normal"
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField control={form.control} name="nameFr" label={t("nameFr")} maxLength={80} />
            <TextField control={form.control} name="nameEn" label={t("nameEn")} maxLength={80} />
          </div>
          {plans.length > 0 && (
            <CheckboxGroupField
              control={form.control}
              name="planIds"
              label={t("plans")}
              description={t("plansHint")}
              optional
              groupClassName="sm:grid-cols-2"
              options={plans.map((plan) => ({ value: plan.id, label: plan.name }))}
            />
          )}
          <DialogFormFooter cancel={t("cancel")} submit={t("save")} onCancel={() => setOpen(false)} />
        </ActionForm>
      </DialogContent>
    </Dialog>
  );
}
