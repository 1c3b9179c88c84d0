"use client";

import { Lock, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useActionForm } from "@/lib/forms/use-action-form";
import { commentCreateSchema } from "@/lib/tickets/schemas";
import { addCommentAction } from "@/lib/tickets/actions";
import { ticketStatuses, type TicketStatusName } from "@/lib/tickets/sla";
import { cn } from "@/lib/utils";
import { useTicketErrorMessages } from "./use-ticket-error-messages";

/** The reply's text, and for staff the status the ticket takes with it (`null`: it keeps its own). */
const replySchema = commentCreateSchema.pick({ body: true }).extend({ status: commentCreateSchema.shape.status.nullable() });

/**
 * Answer a ticket. Staff choose between a public reply and an internal note
 * (styled apart, never shown to the customer) and may set the status in the
 * same step; a customer simply replies. Ctrl+Enter sends.
 */
export function ReplyForm({ ticketId, staff, status }: { ticketId: string; staff: boolean; status: TicketStatusName }) {
  const t = useTranslations("tickets.reply");
  const tStatus = useTranslations("ticketStatus");
  const router = useRouter();
  const [internal, setInternal] = useState(false);
  const { form, onSubmit } = useActionForm(
    ({ body, status: next }) => addCommentAction({ ticketId, comment: { body, internal, ...(staff && next ? { status: next } : {}) } }),
    replySchema,
    {
      defaultValues: { body: "", status: null },
      errorMessages: useTicketErrorMessages(),
      onSuccess: () => {
        toast.success(internal ? t("noteAdded") : t("sent"));
        form.reset({ body: "", status: null });
        router.refresh();
      },
    },
  );

  return (
    <ActionForm
      form={form}
      onSubmit={onSubmit}
      aria-label={t("label")}
      className={cn("flex flex-col gap-3 rounded-xl border p-4", internal ? "border-dashed border-warning/60 bg-warning/5" : "bg-card")}
    >
      {staff && (
        <Tabs value={internal ? "internal" : "public"} onValueChange={(value) => setInternal(value === "internal")}>
          <TabsList>
            <TabsTrigger value="public">
              <Send aria-hidden="true" />
              {t("publicTab")}
            </TabsTrigger>
            <TabsTrigger value="internal">
              <Lock aria-hidden="true" />
              {t("internalTab")}
            </TabsTrigger>
          </TabsList>
        </Tabs>
      )}
      <TextField
        control={form.control}
        name="body"
        label={internal ? t("noteLabel") : t("bodyLabel")}
        labelClassName={cn(staff && "sr-only")}
        multiline
        rows={4}
        placeholder={internal ? t("notePlaceholder") : staff ? t("staffPlaceholder") : t("customerPlaceholder")}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void onSubmit();
          }
        }}
      />
      {internal && <p className="text-xs text-muted-foreground">{t("internalHint")}</p>}
      <div className="flex flex-wrap items-center justify-end gap-2">
        {staff && (
          <SelectField
            control={form.control}
            name="status"
            label={t("thenStatus")}
            labelClassName="text-sm font-normal text-muted-foreground"
            layout="row"
            size="sm"
            triggerClassName="min-w-48"
            noneLabel={t("keepStatus", { status: tStatus(status) })}
            options={ticketStatuses.filter((value) => value !== status).map((value) => ({ value, label: tStatus(value) }))}
          />
        )}
        <span className="hidden text-xs text-muted-foreground sm:inline">{t("shortcut")}</span>
        <SubmitButton
          variant={internal ? "secondary" : "default"}
          icon={internal ? <Lock aria-hidden="true" /> : <Send aria-hidden="true" />}
        >
          {internal ? t("addNote") : t("send")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
