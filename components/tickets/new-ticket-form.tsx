"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { FieldFrame } from "@/components/forms/field-frame";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createTicketAction, linkableRequestsAction } from "@/lib/tickets/actions";
import { ticketCreateSchema } from "@/lib/tickets/schemas";
import { ticketPriorities } from "@/lib/tickets/sla";
import { CustomerPicker, type PickedCustomer } from "./customer-picker";
import { useTicketErrorMessages } from "./use-ticket-error-messages";

type LinkableRequest = { id: string; reference: string; domainName: string };

/** What the form asks; the lead comes from the page, the assignee is set later from the ticket. */
const newTicketSchema = ticketCreateSchema.pick({
  customerId: true,
  hostingRequestId: true,
  priority: true,
  subject: true,
  description: true,
});
/** Staff open a ticket for a customer they pick: said at once, as the server would say it. */
const staffTicketSchema = newTicketSchema.refine((ticket) => Boolean(ticket.customerId), { message: "required", path: ["customerId"] });

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
  const router = useRouter();
  const [customer, setCustomer] = useState<PickedCustomer | null>(initialCustomer);
  const [requests, setRequests] = useState<LinkableRequest[]>(initialRequests);
  const { form, onSubmit, succeeded } = useActionForm(
    ({ customerId, ...values }) => createTicketAction({ ...values, customerId: staff ? customerId : undefined, leadId: lead?.id }),
    staff ? staffTicketSchema : newTicketSchema,
    {
      defaultValues: {
        customerId: initialCustomer?.id ?? "",
        hostingRequestId: defaultRequestId && initialRequests.some((r) => r.id === defaultRequestId) ? defaultRequestId : null,
        priority: "NORMAL",
        subject: "",
        description: "",
      },
      errorMessages: useTicketErrorMessages(),
      onSuccess: (ticket) => {
        toast.success(t("created"));
        router.push(`${staff ? "/crm/tickets" : "/hosting/tickets"}/${ticket.id}`);
      },
    },
  );

  const pickCustomer = async (picked: PickedCustomer | null) => {
    setCustomer(picked);
    form.setValue("customerId", picked?.id ?? "", { shouldValidate: form.formState.isSubmitted });
    form.setValue("hostingRequestId", null);
    setRequests([]);
    if (picked) setRequests((await linkableRequestsAction({ customerId: picked.id }))?.data ?? []);
  };

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-5" aria-label={t("label")}>
      {staff && (
        <FieldFrame control={form.control} name="customerId" label={t("customer")}>
          {(_, state) => <CustomerPicker value={customer} onChange={pickCustomer} invalid={state.invalid} />}
        </FieldFrame>
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
          noneLabel={t("noRequest")}
          options={requests.map((request) => ({ value: request.id, label: `${request.reference} · ${request.domainName}` }))}
        />
        <SelectField
          control={form.control}
          name="priority"
          label={t("priority")}
          description={t("priorityHint")}
          options={ticketPriorities.map((value) => ({ value, label: tPriority(value) }))}
        />
      </div>
      <TextField control={form.control} name="subject" label={t("subject")} placeholder={t("subjectPlaceholder")} maxLength={160} />
      <TextField
        control={form.control}
        name="description"
        label={t("description")}
        description={t("descriptionHint")}
        placeholder={t("descriptionPlaceholder")}
        multiline
        rows={7}
      />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          {t("cancel")}
        </Button>
        <SubmitButton pending={succeeded} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
