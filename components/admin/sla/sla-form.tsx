"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actionError } from "@/lib/forms/action-error";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { updateSlaPoliciesAction } from "@/lib/tickets/actions";
import type { TicketPriorityName } from "@/lib/tickets/sla";

type Policy = { priority: TicketPriorityName; firstResponseMinutes: number; resolutionMinutes: number };

/** Hours as the admin types them (quarter hours allowed); minutes as the server keeps them. */
const hours = z.coerce
  .number({ message: "number" })
  .min(5 / 60, "tooSmall")
  .max(90 * 24, "tooLarge")
  .refine((h) => Number.isInteger(h * 4), "quarterHours");
const formSchema = z.object({
  policies: z.array(
    z
      .object({ priority: z.string(), firstResponse: hours, resolution: hours })
      .refine((p) => p.resolution > p.firstResponse, { message: "resolutionAfterResponse", path: ["resolution"] }),
  ),
});

/** The SLA table: how fast support answers and resolves, per priority. */
export function SlaForm({ policies }: { policies: Policy[] }) {
  const t = useTranslations("slaAdmin");
  const tPriority = useTranslations("ticketPriority");
  const translate = useMessageTranslator();
  const router = useRouter();
  const form = useZodForm(formSchema, {
    policies: policies.map((p) => ({
      priority: p.priority,
      firstResponse: p.firstResponseMinutes / 60,
      resolution: p.resolutionMinutes / 60,
    })),
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateSlaPoliciesAction({
      policies: values.policies.map((p) => ({
        priority: p.priority as TicketPriorityName,
        firstResponseMinutes: Math.round(p.firstResponse * 60),
        resolutionMinutes: Math.round(p.resolution * 60),
      })),
    });
    const error = actionError(result);
    if (!error) {
      toast.success(t("saved"));
      form.reset(values);
      router.refresh();
      return;
    }
    const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.replace("Minutes", ""), v]));
    if (!applyServerFieldErrors(form, fields, translate)) toast.error(error.code === "FORBIDDEN" ? t("forbidden") : t("error"));
  });

  const submitting = form.formState.isSubmitting;
  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
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
                    <FormField
                      control={form.control}
                      name={`policies.${index}.${target}`}
                      render={({ field }) => (
                        <FormItem>
                          <div className="flex items-center gap-2">
                            <FormControl>
                              <Input
                                type="number"
                                inputMode="decimal"
                                min={0.25}
                                step={0.25}
                                className="w-28"
                                aria-label={t(target === "firstResponse" ? "firstResponseFor" : "resolutionFor", {
                                  priority: tPriority(policy.priority),
                                })}
                                {...field}
                                value={field.value as number}
                              />
                            </FormControl>
                            <span className="text-sm text-muted-foreground">{t("hours")}</span>
                          </div>
                          <FormMessage />
                        </FormItem>
                      )}
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-muted-foreground">{t("appliesTo")}</p>
          <Button type="submit" disabled={submitting || !form.formState.isDirty}>
            {submitting && <Loader2 className="animate-spin" aria-hidden="true" />}
            {t("save")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
