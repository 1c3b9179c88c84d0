"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { MoneyField } from "@/components/forms/money-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { leadSources } from "@/lib/crm/stages";
import type { LeadFormValues } from "./lead-form-schema";

/**
 * The fields of a lead, the same when it is created and when it is edited. `afterContact` shows
 * under the contact's fields (e.g. similar leads), `stage` beside the assignee.
 */
export function LeadFields({
  assignees,
  readOnly = false,
  onContactBlur,
  afterContact,
  stage,
}: {
  assignees: Array<{ id: string; name: string }>;
  readOnly?: boolean;
  /** The email or the company was left (to look for similar leads). */
  onContactBlur?: () => void;
  afterContact?: ReactNode;
  stage?: ReactNode;
}) {
  const t = useTranslations("leads");
  const tSource = useTranslations("leadSource");
  const { control } = useFormContext<LeadFormValues>();
  const text = { control, readOnly, autoComplete: "off" };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField {...text} name="name" label={t("name")} />
      <TextField {...text} name="email" type="email" label={t("email")} onBlur={onContactBlur} />
      <TextField {...text} name="company" label={t("company")} optional onBlur={onContactBlur} />
      <TextField {...text} name="phone" type="tel" label={t("phone")} optional />
      {afterContact && <div className="sm:col-span-2">{afterContact}</div>}
      <MoneyField control={control} name="valueCents" label={t("value")} readOnly={readOnly} />
      <SelectField
        control={control}
        name="source"
        label={t("source")}
        disabled={readOnly}
        options={leadSources.map((source) => ({ value: source, label: tSource(source) }))}
      />
      <SelectField
        control={control}
        name="assigneeId"
        label={t("assignee")}
        disabled={readOnly}
        noneLabel={t("unassigned")}
        options={assignees.map((user) => ({ value: user.id, label: user.name }))}
      />
      {stage}
      <TextField {...text} name="notes" label={t("notes")} optional multiline rows={3} className="sm:col-span-2" />
    </div>
  );
}
