"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { z } from "zod";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { actionError } from "@/lib/forms/action-error";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { createTicketAction, linkableRequestsAction } from "@/lib/tickets/actions";
import { ticketPriorities } from "@/lib/tickets/sla";
import { useTicketErrorMessage } from "./action-errors";
import { CustomerPicker, type PickedCustomer } from "./customer-picker";

type LinkableRequest = { id: string; reference: string; domainName: string };

const NONE = "none";
const formSchema = z
  .object({
    customerId: z.string(),
    hostingRequestId: z.string(),
    priority: z.enum(ticketPriorities),
    subject: z.string().trim().min(3, "tooShort").max(160, "tooLong"),
    description: z.string().trim().min(1, "required").max(10_000, "tooLong"),
  })
  .refine((v) => v.customerId !== "", { message: "required", path: ["customerId"] });

/**
 * Opens a ticket. A customer writes for themselves; staff first pick the
 * customer (or arrive with one from a customer or lead page). Either may link
 * one of the customer's hosting requests.
 */
export function NewTicketForm({
  staff,
  customer: initialCustomer,
  requests: initialRequests,
  defaultRequestId,
  lead,
}: {
  staff: boolean;
  customer: PickedCustomer | null;
  requests: LinkableRequest[];
  defaultRequestId?: string;
  lead?: { id: string; name: string } | null;
}) {
  const t = useTranslations("tickets.form");
  const tPriority = useTranslations("ticketPriority");
  const translate = useMessageTranslator();
  const describe = useTicketErrorMessage();
  const router = useRouter();
  const [customer, setCustomer] = useState<PickedCustomer | null>(initialCustomer);
  const [requests, setRequests] = useState<LinkableRequest[]>(initialRequests);
  const form = useZodForm(formSchema, {
    customerId: initialCustomer?.id ?? "",
    hostingRequestId: defaultRequestId && initialRequests.some((r) => r.id === defaultRequestId) ? defaultRequestId : NONE,
    priority: "NORMAL",
    subject: "",
    description: "",
  });

  const pickCustomer = async (picked: PickedCustomer | null) => {
    setCustomer(picked);
    form.setValue("customerId", picked?.id ?? "", { shouldValidate: form.formState.isSubmitted });
    form.setValue("hostingRequestId", NONE);
    setRequests([]);
    if (picked) setRequests((await linkableRequestsAction({ customerId: picked.id }))?.data ?? []);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createTicketAction({
      subject: values.subject,
      description: values.description,
      priority: values.priority,
      customerId: staff ? values.customerId : undefined,
      hostingRequestId: values.hostingRequestId === NONE ? undefined : values.hostingRequestId,
      leadId: lead?.id,
    });
    const error = actionError(result);
    if (!error && result?.data) {
      toast.success(t("created"));
      router.push(`${staff ? "/crm/tickets" : "/hosting/tickets"}/${result.data.id}`);
      return;
    }
    if (!applyServerFieldErrors(form, error?.fields, translate)) toast.error(describe(error));
  });

  const submitting = form.formState.isSubmitting || form.formState.isSubmitSuccessful;
  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-label={t("label")}>
        {staff && (
          <FormField
            control={form.control}
            name="customerId"
            render={({ fieldState }) => (
              <FormItem>
                <FormLabel>{t("customer")}</FormLabel>
                <CustomerPicker value={customer} onChange={pickCustomer} invalid={fieldState.invalid} />
                <FormMessage />
              </FormItem>
            )}
          />
        )}
        {lead && (
          <p className="text-sm text-muted-foreground">
            {t("aboutLead")} <span className="font-medium text-foreground">{lead.name}</span>
          </p>
        )}
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            control={form.control}
            name="hostingRequestId"
            label={t("request")}
            description={t("requestHint")}
            disabled={requests.length === 0}
            options={[
              { value: NONE, label: t("noRequest") },
              ...requests.map((request) => ({ value: request.id, label: `${request.reference} · ${request.domainName}` })),
            ]}
          />
          <SelectField
            control={form.control}
            name="priority"
            label={t("priority")}
            description={t("priorityHint")}
            options={ticketPriorities.map((value) => ({ value, label: tPriority(value) }))}
          />
        </div>
        <FormField
          control={form.control}
          name="subject"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("subject")}</FormLabel>
              <FormControl>
                <Input placeholder={t("subjectPlaceholder")} maxLength={160} {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="description"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("description")}</FormLabel>
              <FormControl>
                <Textarea rows={7} placeholder={t("descriptionPlaceholder")} {...field} />
              </FormControl>
              <FormDescription>{t("descriptionHint")}</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => router.back()}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={submitting}>
            {submitting && <Loader2 className="animate-spin" aria-hidden="true" />}
            {submitting ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
