"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { NumberField } from "@/components/forms/number-field";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createAlertRuleAction, updateAlertRuleAction } from "@/lib/livepulse/alerts/actions";
import {
  alertComparators,
  alertMetrics,
  monitorMetrics,
  type AlertMetricName,
  alertRuleSchema,
  alertSeverities,
  type AlertRuleInput,
} from "@/lib/livepulse/alerts/schemas";
import type { ChannelOption, EditableRule } from "./rule-form-dialog";

const newRule: AlertRuleInput = {
  name: "",
  metric: "ERROR_RATE",
  comparator: "GT",
  threshold: 5,
  windowMinutes: 5,
  severity: "WARNING",
  enabled: true,
  serviceCheckId: null,
  channelIds: [],
};

function ruleInput(rule: EditableRule): AlertRuleInput {
  const { name, metric, comparator, threshold, windowMinutes, severity, enabled, serviceCheckId, channelIds } = rule;
  return { name, metric, comparator, threshold, windowMinutes, severity, enabled, serviceCheckId, channelIds };
}

/** A new rule, or `rule`'s values: the metric, the condition on its value over a window, the severity, its channels. */
export function RuleForm({
  rule,
  monitors,
  channels,
  onDone,
}: {
  rule?: EditableRule;
  monitors: Array<{ id: string; name: string }>;
  channels: ChannelOption[];
  onDone: () => void;
}) {
  const t = useTranslations("livepulseAlerts.form");
  const tMetric = useTranslations("alertMetric");
  const tComparator = useTranslations("alertComparator");
  const tSeverity = useTranslations("alertSeverity");
  const tKind = useTranslations("alertChannelKind");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(
    (values) =>
      rule
        ? updateAlertRuleAction({ id: rule.id, rule: { ...values, name: values.name === rule.name ? rule.savedName : values.name } })
        : createAlertRuleAction(values),
    alertRuleSchema,
    {
      defaultValues: rule ? ruleInput(rule) : newRule,
      errorMessages: { FORBIDDEN: t("forbidden") },
      onSuccess: () => {
        toast.success(rule ? t("saved") : t("created"));
        onDone();
        router.refresh();
      },
    },
  );
  const metric = form.watch("metric");
  useEffect(() => form.setFocus("name"), [form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <TextField control={form.control} name="name" label={t("name")} placeholder={t("namePlaceholder")} />
      <SelectField
        control={form.control}
        name="metric"
        label={t("metric")}
        description={t(`metricHint.${metric}`)}
        options={alertMetrics.map((value) => ({ value, label: tMetric(value) }))}
        onChange={(value) => !monitorMetrics.includes(value as AlertMetricName) && form.setValue("serviceCheckId", null)}
      />
      {monitorMetrics.includes(metric) && (
        <SelectField
          control={form.control}
          name="serviceCheckId"
          label={t("monitor")}
          noneLabel={t("anyMonitor")}
          options={monitors.map((monitor) => ({ value: monitor.id, label: monitor.name }))}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_1fr]">
        <SelectField
          control={form.control}
          name="comparator"
          label={t("comparator")}
          options={alertComparators.map((value) => ({ value, label: tComparator(value) }))}
        />
        <NumberField control={form.control} name="threshold" label={t("threshold")} step="any" min={0} />
        <NumberField control={form.control} name="windowMinutes" label={t("window")} min={1} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <SelectField
          control={form.control}
          name="severity"
          label={t("severity")}
          options={alertSeverities.map((value) => ({ value, label: tSeverity(value) }))}
        />
        <SwitchField control={form.control} name="enabled" label={t("enabled")} className="h-9 items-center" labelClassName="font-normal" />
      </div>
      {channels.length ? (
        <CheckboxGroupField
          control={form.control}
          name="channelIds"
          label={t("channels")}
          description={t("channelsHint")}
          options={channels.map((channel) => ({
            value: channel.id,
            label: channel.name,
            description: channel.enabled ? tKind(channel.kind) : `${tKind(channel.kind)} · ${t("channelDisabled")}`,
          }))}
          groupClassName="sm:grid-cols-2"
        />
      ) : (
        <p className="text-sm text-muted-foreground">{t("noChannels")}</p>
      )}
      <DialogFormFooter cancel={t("cancel")} submit={rule ? t("save") : t("create")} onCancel={onDone} />
    </ActionForm>
  );
}
