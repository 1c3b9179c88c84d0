"use client";

import { useRouter } from "next/navigation";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import { toast } from "sonner";
import { SelectField } from "@/components/forms/select-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { actionError } from "@/lib/forms/action-error";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { createMonitorAction, updateMonitorAction } from "@/lib/livepulse/monitors/actions";
import { monitorKinds, monitorSchema, monitorSettingsSchema, type MonitorInput } from "@/lib/livepulse/monitors/schemas";

export type EditableMonitor = {
  id: string;
  name: string;
  kind: string;
  target: string;
  expectedStatus: number | null;
  timeoutMs: number;
  intervalSeconds: number;
  enabled: boolean;
  builtin: boolean;
};

const blank: MonitorInput = {
  name: "",
  kind: "HTTP",
  target: "",
  expectedStatus: 200,
  timeoutMs: 5000,
  intervalSeconds: 60,
  enabled: true,
};

/** Adds a monitor, or edits `monitor` (a built-in check: its settings only, never its target). */
export function MonitorFormDialog({ monitor }: { monitor?: EditableMonitor }) {
  const t = useTranslations("livepulseServices.form");
  const tKind = useTranslations("serviceCheckKind");
  const translate = useMessageTranslator();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const builtin = monitor?.builtin ?? false;
  const defaults: MonitorInput = monitor
    ? {
        name: monitor.name,
        kind: builtin ? "HTTP" : (monitor.kind as MonitorInput["kind"]),
        target: monitor.target,
        expectedStatus: monitor.expectedStatus ?? 200,
        timeoutMs: monitor.timeoutMs,
        intervalSeconds: monitor.intervalSeconds,
        enabled: monitor.enabled,
      }
    : blank;
  // A built-in check's form validates its settings alone: the settings schema drops kind and target.
  const schema = (builtin ? monitorSettingsSchema : monitorSchema) as typeof monitorSchema;
  const form = useZodForm(schema, defaults);
  const kind = form.watch("kind");

  const onSubmit = form.handleSubmit(async (values) => {
    const result = monitor ? await updateMonitorAction({ id: monitor.id, monitor: values }) : await createMonitorAction(values);
    const error = actionError(result);
    if (!error) {
      toast.success(monitor ? t("saved") : t("created"));
      setOpen(false);
      if (!monitor) form.reset(blank);
      router.refresh();
      return;
    }
    if (!applyServerFieldErrors(form, error.fields, translate)) toast.error(error.code === "FORBIDDEN" ? t("forbidden") : t("error"));
  });

  const numberField = (name: FieldPath<MonitorInput>, label: string, props: { min: number; max: number }) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input type="number" inputMode="numeric" step={1} {...props} {...field} value={(field.value as number | null) ?? ""} />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <CreateOrEditTrigger editLabel={monitor ? t("editNamed", { name: monitor.name }) : undefined} newLabel={t("new")} />
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{monitor ? t("editTitle") : t("createTitle")}</DialogTitle>
          <DialogDescription>{builtin ? t("builtinDescription") : t("description")}</DialogDescription>
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
            {!builtin && (
              <>
                <SelectField
                  control={form.control}
                  name="kind"
                  label={t("kind")}
                  options={monitorKinds.map((value) => ({ value, label: tKind(value) }))}
                  onChange={() => form.formState.touchedFields.target && void form.trigger("target")}
                />
                <div className={kind === "HTTP" ? "grid gap-4 sm:grid-cols-[1fr_8rem]" : "grid gap-4"}>
                  <FormField
                    control={form.control}
                    name="target"
                    render={({ field }) => (
                      <FormItem>
                        <FormLabel>{kind === "HTTP" ? t("targetHTTP") : t("targetTCP")}</FormLabel>
                        <FormControl>
                          <Input
                            placeholder={kind === "HTTP" ? t("targetPlaceholderHTTP") : t("targetPlaceholderTCP")}
                            inputMode="url"
                            autoComplete="off"
                            spellCheck={false}
                            {...field}
                          />
                        </FormControl>
                        <FormMessage />
                      </FormItem>
                    )}
                  />
                  {kind === "HTTP" && numberField("expectedStatus", t("expectedStatus"), { min: 100, max: 599 })}
                </div>
              </>
            )}
            <div className="grid gap-4 sm:grid-cols-2">
              {numberField("timeoutMs", t("timeoutMs"), { min: 100, max: 30_000 })}
              {numberField("intervalSeconds", t("intervalSeconds"), { min: 10, max: 3600 })}
            </div>
            <FormField
              control={form.control}
              name="enabled"
              render={({ field }) => (
                <FormItem className="flex items-center gap-3">
                  <FormControl>
                    <Switch checked={field.value} onCheckedChange={field.onChange} />
                  </FormControl>
                  <FormLabel className="font-normal">{t("enabled")}</FormLabel>
                </FormItem>
              )}
            />
            <DialogFormFooter
              cancel={t("cancel")}
              submit={monitor ? t("save") : t("create")}
              submitting={form.formState.isSubmitting}
              onCancel={() => setOpen(false)}
            />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
