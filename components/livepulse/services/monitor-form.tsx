"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { NumberField } from "@/components/forms/number-field";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createMonitorAction, updateMonitorAction } from "@/lib/livepulse/monitors/actions";
import { keywordModes, monitorKinds, monitorSchema, monitorSettingsSchema, type MonitorInput } from "@/lib/livepulse/monitors/schemas";
import type { EditableMonitor } from "./monitor-form-dialog";

const blank: MonitorInput = {
  name: "",
  kind: "HTTP",
  target: "",
  expectedStatus: 200,
  keyword: "",
  keywordMode: "PRESENT",
  timeoutMs: 5000,
  intervalSeconds: 60,
  enabled: true,
};

/** A new monitor, or `monitor`'s values (a built-in check: its settings only, never its target). */
export function MonitorForm({ monitor, onDone }: { monitor?: EditableMonitor; onDone: () => void }) {
  const t = useTranslations("livepulseServices.form");
  const tKind = useTranslations("serviceCheckKind");
  const router = useRouter();
  const builtin = monitor?.builtin ?? false;
  const defaults: MonitorInput = monitor
    ? {
        name: monitor.name,
        kind: builtin ? "HTTP" : (monitor.kind as MonitorInput["kind"]),
        target: monitor.target,
        expectedStatus: monitor.expectedStatus ?? 200,
        keyword: monitor.keyword ?? "",
        keywordMode: (monitor.keywordMode as MonitorInput["keywordMode"]) ?? "PRESENT",
        timeoutMs: monitor.timeoutMs,
        intervalSeconds: monitor.intervalSeconds,
        enabled: monitor.enabled,
      }
    : blank;
  // A built-in check's form validates its settings alone: the settings schema drops kind and target.
  const schema = (builtin ? monitorSettingsSchema : monitorSchema) as typeof monitorSchema;
  const { form, onSubmit } = useActionForm(
    (values) =>
      monitor
        ? updateMonitorAction({
            id: monitor.id,
            monitor: { ...values, name: values.name === monitor.name ? monitor.savedName : values.name },
          })
        : createMonitorAction(values),
    schema,
    {
      defaultValues: defaults,
      onSuccess: () => {
        toast.success(monitor ? t("saved") : t("created"));
        onDone();
        router.refresh();
      },
    },
  );
  const http = form.watch("kind") === "HTTP";
  useEffect(() => form.setFocus("name"), [form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <TextField control={form.control} name="name" label={t("name")} placeholder={t("namePlaceholder")} />
      {!builtin && (
        <>
          <SelectField
            control={form.control}
            name="kind"
            label={t("kind")}
            options={monitorKinds.map((value) => ({ value, label: tKind(value) }))}
            onChange={() => form.formState.touchedFields.target && void form.trigger("target")}
          />
          <div className={http ? "grid gap-4 sm:grid-cols-[1fr_8rem]" : "grid gap-4"}>
            <TextField
              control={form.control}
              name="target"
              label={http ? t("targetHTTP") : t("targetTCP")}
              placeholder={http ? t("targetPlaceholderHTTP") : t("targetPlaceholderTCP")}
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
            />
            {http && <NumberField control={form.control} name="expectedStatus" label={t("expectedStatus")} min={100} max={599} />}
          </div>
          {http && (
            <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
              <TextField
                control={form.control}
                name="keyword"
                label={t("keyword")}
                description={t("keywordHint")}
                optional
                placeholder={t("keywordPlaceholder")}
                autoComplete="off"
                spellCheck={false}
              />
              <SelectField
                control={form.control}
                name="keywordMode"
                label={t("keywordMode")}
                options={keywordModes.map((value) => ({ value, label: t(`keywordModes.${value}`) }))}
              />
            </div>
          )}
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField control={form.control} name="timeoutMs" label={t("timeoutMs")} min={100} max={30_000} />
        <NumberField control={form.control} name="intervalSeconds" label={t("intervalSeconds")} min={10} max={3600} />
      </div>
      <SwitchField control={form.control} name="enabled" label={t("enabled")} className="items-center" labelClassName="font-normal" />
      <DialogFormFooter cancel={t("cancel")} submit={monitor ? t("save") : t("create")} onCancel={onDone} />
    </ActionForm>
  );
}
