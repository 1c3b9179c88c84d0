"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import type { AlertRuleInput } from "@/lib/livepulse/alerts/schemas";
import type { ChannelKind } from "@/lib/livepulse/channels/schemas";

const RuleForm = lazyDialogForm(() => import("./rule-form").then((m) => m.RuleForm), "h-[30rem]");

/** `name` is the one shown (a default rule's translated name); `savedName` the one stored, sent back when left as shown. */
export type EditableRule = AlertRuleInput & { id: string; savedName: string };

/** A channel a rule may pick: its name as shown and its kind. */
export type ChannelOption = { id: string; name: string; kind: ChannelKind; enabled: boolean };

/** Creates a rule, or edits `rule`: the metric, the condition on its value over a window, the severity, its channels. */
export function RuleFormDialog({
  rule,
  monitors,
  channels,
}: {
  rule?: EditableRule;
  monitors: Array<{ id: string; name: string }>;
  channels: ChannelOption[];
}) {
  const t = useTranslations("livepulseAlerts.form");
  const [open, setOpen] = useState(false);

  return (
    <DialogOnIntent
      open={open}
      onOpenChange={setOpen}
      trigger={<CreateOrEditTrigger editLabel={rule ? t("editNamed", { name: rule.name }) : undefined} newLabel={t("new")} />}
      title={rule ? t("editTitle") : t("createTitle")}
      description={t("description")}
      className="sm:max-w-lg"
    >
      <RuleForm rule={rule} monitors={monitors} channels={channels} onDone={() => setOpen(false)} />
    </DialogOnIntent>
  );
}
