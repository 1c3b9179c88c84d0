"use client";

import { useRouter } from "next/navigation";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SelectField } from "@/components/forms/select-field";
import { Switch } from "@/components/ui/switch";
import { actionError } from "@/lib/forms/action-error";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { createAlertRuleAction, updateAlertRuleAction } from "@/lib/livepulse/alerts/actions";
import { alertComparators, alertMetrics, alertRuleSchema, alertSeverities, type AlertRuleInput } from "@/lib/livepulse/alerts/schemas";

const ANY = "any";

export type EditableRule = AlertRuleInput & { id: string };

/** Creates a rule, or edits `rule`: the metric, the condition on its value over a window, the severity. */
export function RuleFormDialog({ rule, monitors }: { rule?: EditableRule; monitors: Array<{ id: string; name: string }> }) {
  const t = useTranslations("livepulseAlerts.form");
  const tMetric = useTranslations("alertMetric");
  const tComparator = useTranslations("alertComparator");
  const tSeverity = useTranslations("alertSeverity");
  const translate = useMessageTranslator();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const defaults: AlertRuleInput = rule ?? {
    name: "",
    metric: "ERROR_RATE",
    comparator: "GT",
    threshold: 5,
    windowMinutes: 5,
    severity: "WARNING",
    enabled: true,
    serviceCheckId: null,
  };
  const form = useZodForm(alertRuleSchema, defaults);
  const metric = form.watch("metric");

  const onSubmit = form.handleSubmit(async (values) => {
    const result = rule ? await updateAlertRuleAction({ id: rule.id, rule: values }) : await createAlertRuleAction(values);
    const error = actionError(result);
    if (!error) {
      toast.success(rule ? t("saved") : t("created"));
      setOpen(false);
      if (!rule) form.reset(defaults);
      router.refresh();
      return;
    }
    if (!applyServerFieldErrors(form, error.fields, translate)) toast.error(error.code === "FORBIDDEN" ? t("forbidden") : t("error"));
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <CreateOrEditTrigger editLabel={rule ? t("editNamed", { name: rule.name }) : undefined} newLabel={t("new")} />
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{rule ? t("editTitle") : t("createTitle")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <FormField
              control={form.control}
              name="name"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("name")}</FormLabel>
                  <FormControl>
                    <Input placeholder={t("namePlaceholder")} {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <SelectField
              control={form.control}
              name="metric"
              label={t("metric")}
              description={t(`metricHint.${metric}`)}
              options={alertMetrics.map((value) => ({ value, label: tMetric(value) }))}
              onChange={(value) => value !== "MONITOR_DOWN" && form.setValue("serviceCheckId", null)}
            />
            {metric === "MONITOR_DOWN" && (
              <FormField
                control={form.control}
                name="serviceCheckId"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("monitor")}</FormLabel>
                    <Select value={field.value ?? ANY} onValueChange={(value) => field.onChange(value === ANY ? null : value)}>
                      <FormControl>
                        <SelectTrigger className="w-full">
                          <SelectValue />
                        </SelectTrigger>
                      </FormControl>
                      <SelectContent>
                        <SelectItem value={ANY}>{t("anyMonitor")}</SelectItem>
                        {monitors.map((monitor) => (
                          <SelectItem key={monitor.id} value={monitor.id}>
                            {monitor.name}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                    <FormMessage />
                  </FormItem>
                )}
              />
            )}
            <div className="grid gap-4 sm:grid-cols-[1fr_1fr_1fr]">
              <SelectField
                control={form.control}
                name="comparator"
                label={t("comparator")}
                options={alertComparators.map((value) => ({ value, label: tComparator(value) }))}
              />
              <FormField
                control={form.control}
                name="threshold"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("threshold")}</FormLabel>
                    <FormControl>
                      <Input type="number" inputMode="decimal" step="any" min={0} {...field} value={field.value as number} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="windowMinutes"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("window")}</FormLabel>
                    <FormControl>
                      <Input type="number" inputMode="numeric" min={1} step={1} {...field} value={field.value as number} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
            <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
              <SelectField
                control={form.control}
                name="severity"
                label={t("severity")}
                options={alertSeverities.map((value) => ({ value, label: tSeverity(value) }))}
              />
              <FormField
                control={form.control}
                name="enabled"
                render={({ field }) => (
                  <FormItem className="flex h-9 items-center gap-3">
                    <FormControl>
                      <Switch checked={field.value} onCheckedChange={field.onChange} />
                    </FormControl>
                    <FormLabel className="font-normal">{t("enabled")}</FormLabel>
                  </FormItem>
                )}
              />
            </div>
            <DialogFormFooter
              cancel={t("cancel")}
              submit={rule ? t("save") : t("create")}
              submitting={form.formState.isSubmitting}
              onCancel={() => setOpen(false)}
            />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
