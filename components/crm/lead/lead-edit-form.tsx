"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { updateLeadAction } from "@/lib/crm/lead-actions";
import { leadFields } from "@/lib/crm/lead-schemas";
import { leadSources, openStages, type LeadSourceName, type LeadStageName } from "@/lib/crm/stages";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { useLeadActionError } from "./use-lead-action-error";

const editSchema = z.object({
  name: leadFields.name,
  email: leadFields.email,
  company: leadFields.company,
  phone: leadFields.phone,
  source: leadFields.source,
  value: z.coerce.number({ message: "number" }).min(0, "notNegative").max(100_000_000, "tooLarge"),
  assigneeId: z.string(),
  stage: z.string(),
  notes: leadFields.notes,
});

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

/** Every editable field of a lead; only what changed is sent, so the timeline records real changes only. */
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
  const tSource = useTranslations("leadSource");
  const translate = useMessageTranslator();
  const describe = useLeadActionError();
  const router = useRouter();
  const initial = {
    name: lead.name,
    email: lead.email,
    company: lead.company ?? "",
    phone: lead.phone ?? "",
    source: lead.source,
    value: lead.valueCents / 100,
    assigneeId: lead.assigneeId ?? "none",
    stage: lead.stage,
    notes: lead.notes ?? "",
  };
  const form = useZodForm(editSchema, initial);
  const closed = lead.stage === "WON" || lead.stage === "LOST";

  const onSubmit = form.handleSubmit(async (values) => {
    const changes: Record<string, unknown> = {};
    if (values.name !== lead.name) changes.name = values.name;
    if (values.email !== lead.email) changes.email = values.email;
    if ((values.company ?? null) !== lead.company) changes.company = values.company ?? "";
    if ((values.phone ?? null) !== lead.phone) changes.phone = values.phone ?? "";
    if (values.source !== lead.source) changes.source = values.source;
    if (Math.round(values.value * 100) !== lead.valueCents) changes.valueCents = Math.round(values.value * 100);
    const assigneeId = values.assigneeId === "none" ? null : values.assigneeId;
    if (assigneeId !== lead.assigneeId) changes.assigneeId = assigneeId;
    if (values.stage !== lead.stage) changes.stage = values.stage;
    if ((values.notes ?? null) !== lead.notes) changes.notes = values.notes ?? "";
    if (Object.keys(changes).length === 0) {
      toast.info(translate("nothingToChange"));
      return;
    }
    const result = await updateLeadAction({ id: lead.id, changes });
    if (result?.data) {
      toast.success(t("detail.saved"));
      form.reset(values);
      router.refresh();
      return;
    }
    const { error, message } = describe(result);
    if (!applyServerFieldErrors(form, error.fields, translate)) toast.error(message);
  });

  const text = (name: "name" | "email" | "company" | "phone", label: string, type = "text") => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input type={type} readOnly={readOnly} {...field} value={field.value ?? ""} />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label={t("detail.edit")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("name", t("name"))}
          {text("email", t("email"), "email")}
          {text("company", t("company"))}
          {text("phone", t("phone"), "tel")}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="stage"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("detail.stage")}</FormLabel>
                <Select value={field.value} onValueChange={field.onChange} disabled={readOnly}>
                  <FormControl>
                    <SelectTrigger className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    {closed && <SelectItem value={lead.stage}>{tStage(lead.stage)}</SelectItem>}
                    {openStages.map((stage) => (
                      <SelectItem key={stage} value={stage}>
                        {tStage(stage)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                {closed && <p className="text-xs text-muted-foreground">{t("detail.reopenHint")}</p>}
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="value"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("value")}</FormLabel>
                <FormControl>
                  <Input
                    type="number"
                    inputMode="decimal"
                    min={0}
                    step="0.01"
                    readOnly={readOnly}
                    {...field}
                    value={String(field.value ?? "")}
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="assigneeId"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("assignee")}</FormLabel>
                <Select value={field.value} onValueChange={field.onChange} disabled={readOnly}>
                  <FormControl>
                    <SelectTrigger className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    <SelectItem value="none">{t("unassigned")}</SelectItem>
                    {assignees.map((user) => (
                      <SelectItem key={user.id} value={user.id}>
                        {user.name}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="source"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("source")}</FormLabel>
                <Select value={field.value} onValueChange={field.onChange} disabled={readOnly}>
                  <FormControl>
                    <SelectTrigger className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    {leadSources.map((source) => (
                      <SelectItem key={source} value={source}>
                        {tSource(source)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <FormField
          control={form.control}
          name="notes"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("notes")}</FormLabel>
              <FormControl>
                <Textarea rows={3} readOnly={readOnly} {...field} value={field.value ?? ""} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        {!readOnly && (
          <div className="flex justify-end">
            <Button type="submit" disabled={form.formState.isSubmitting || !form.formState.isDirty}>
              {form.formState.isSubmitting && <Loader2 className="animate-spin" aria-hidden="true" />}
              {form.formState.isSubmitting ? t("detail.saving") : t("detail.save")}
            </Button>
          </div>
        )}
      </form>
    </Form>
  );
}
