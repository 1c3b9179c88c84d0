"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form";
import { declareIncidentAction } from "@/lib/status-page/actions";
import {
  declareIncidentSchema,
  incidentImpacts,
  incidentMessageMax,
  incidentTitleMax,
  openIncidentStates,
  type DeclareIncidentInput,
} from "@/lib/status-page/schemas";

/** Declares an incident; from an alert, its title and service come filled in and the incident links to it. */
export function DeclareIncidentForm({
  services,
  defaults,
}: {
  services: Array<{ id: string; name: string }>;
  defaults: { title: string; serviceIds: string[]; alertId: string | null; impact: DeclareIncidentInput["impact"] };
}) {
  const t = useTranslations("incidents.form");
  const tImpact = useTranslations("incidentImpact");
  const tState = useTranslations("incidentState");
  const router = useRouter();
  const { form, onSubmit, succeeded } = useActionForm(declareIncidentAction, declareIncidentSchema, {
    defaultValues: {
      title: defaults.title,
      impact: defaults.impact,
      state: "INVESTIGATING",
      serviceIds: defaults.serviceIds,
      message: "",
      alertId: defaults.alertId,
    },
    onSuccess: (data) => {
      toast.success(t("declared"));
      router.push(`/livepulse/incidents/${encodeURIComponent(data.id)}`);
    },
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-5" data-testid="declare-incident-form">
      <TextField control={form.control} name="title" label={t("title")} placeholder={t("titlePlaceholder")} maxLength={incidentTitleMax} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          control={form.control}
          name="impact"
          label={t("impact")}
          options={incidentImpacts.map((value) => ({ value, label: tImpact(value) }))}
        />
        <SelectField
          control={form.control}
          name="state"
          label={t("state")}
          options={openIncidentStates.map((value) => ({ value, label: tState(value) }))}
        />
      </div>
      {services.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-3 text-sm text-muted-foreground">{t("noServices")}</p>
      ) : (
        <CheckboxGroupField
          control={form.control}
          name="serviceIds"
          label={t("services")}
          description={t("servicesHint")}
          groupClassName="sm:grid-cols-2"
          options={services.map((service) => ({ value: service.id, label: service.name }))}
        />
      )}
      <TextField
        control={form.control}
        name="message"
        label={t("message")}
        description={t("messageHint")}
        placeholder={t("messagePlaceholder")}
        multiline
        rows={5}
        maxLength={incidentMessageMax}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button asChild variant="ghost">
          <Link href="/livepulse/incidents">{t("cancel")}</Link>
        </Button>
        <SubmitButton pending={succeeded} disabled={services.length === 0}>
          {t("submit")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
