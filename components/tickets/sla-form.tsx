"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { FieldFrame } from "@/components/forms/field-frame";
import { SubmitButton } from "@/components/forms/submit-button";
import { UnitInput } from "@/components/forms/unit-input";
import { FormControl } from "@/components/ui/form";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useActionForm } from "@/lib/forms/use-action-form";
import { updateSlaPoliciesAction } from "@/lib/tickets/actions";
import { slaPoliciesSchema, type SlaPoliciesInput } from "@/lib/tickets/schemas";

/** The table is edited in quarter hours, though the server takes any whole number of minutes. */
const slaFormSchema = slaPoliciesSchema.superRefine(({ policies }, ctx) => {
  policies.forEach((policy, index) => {
    for (const key of ["firstResponseMinutes", "resolutionMinutes"] as const)
      if (policy[key] % 15 !== 0) ctx.addIssue({ code: "custom", path: ["policies", index, key], message: "quarterHours" });
  });
});

/** The SLA table: how fast support answers and resolves, per priority; typed in hours, kept in minutes. */
export function SlaForm({ policies }: { policies: SlaPoliciesInput["policies"] }) {
  const t = useTranslations("slaAdmin");
  const tPriority = useTranslations("ticketPriority");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(updateSlaPoliciesAction, slaFormSchema, {
    defaultValues: { policies },
    errorMessages: { FORBIDDEN: t("forbidden") },
    onSuccess: () => {
      toast.success(t("saved"));
      form.reset(form.getValues());
      router.refresh();
    },
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="flex flex-col gap-4">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>{t("priority")}</TableHead>
            <TableHead>{t("firstResponse")}</TableHead>
            <TableHead>{t("resolution")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {policies.map((policy, index) => (
            <TableRow key={policy.priority}>
              <TableCell className="font-medium">{tPriority(policy.priority)}</TableCell>
              {(["firstResponse", "resolution"] as const).map((target) => (
                <TableCell key={target} className="align-top">
                  <FieldFrame
                    control={form.control}
                    name={`policies.${index}.${target}Minutes`}
                    label={t(target === "firstResponse" ? "firstResponseFor" : "resolutionFor", { priority: tPriority(policy.priority) })}
                    labelClassName="sr-only"
                  >
                    {(field) => (
                      <div className="flex items-center gap-2">
                        <FormControl>
                          <UnitInput
                            unit="hours"
                            className="w-20 sm:w-28"
                            name={field.name}
                            ref={field.ref}
                            onBlur={field.onBlur}
                            value={field.value as number}
                            onChange={field.onChange}
                          />
                        </FormControl>
                        <span className="text-sm text-muted-foreground">{t("hours")}</span>
                      </div>
                    )}
                  </FieldFrame>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">{t("appliesTo")}</p>
        <SubmitButton disabled={!form.formState.isDirty}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
