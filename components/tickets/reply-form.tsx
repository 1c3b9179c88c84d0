"use client";

import { Loader2, Lock, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { actionError } from "@/lib/forms/action-error";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { addCommentAction } from "@/lib/tickets/actions";
import { ticketStatuses, type TicketStatusName } from "@/lib/tickets/sla";
import { cn } from "@/lib/utils";
import { useTicketErrorMessage } from "./action-errors";

const formSchema = z.object({
  body: z.string().trim().min(1, "required").max(10_000, "tooLong"),
  status: z.string(),
});
const KEEP = "keep";

/**
 * Answer a ticket. Staff choose between a public reply and an internal note
 * (styled apart, never shown to the customer) and may set the status in the
 * same step; a customer simply replies. Ctrl+Enter sends.
 */
export function ReplyForm({ ticketId, staff, status }: { ticketId: string; staff: boolean; status: TicketStatusName }) {
  const t = useTranslations("tickets.reply");
  const tStatus = useTranslations("ticketStatus");
  const translate = useMessageTranslator();
  const describe = useTicketErrorMessage();
  const router = useRouter();
  const [internal, setInternal] = useState(false);
  const form = useZodForm(formSchema, { body: "", status: KEEP });

  const onSubmit = form.handleSubmit(async ({ body, status: next }) => {
    const result = await addCommentAction({
      ticketId,
      comment: { body, internal, ...(staff && next !== KEEP ? { status: next as TicketStatusName } : {}) },
    });
    const error = actionError(result);
    if (!error) {
      toast.success(internal ? t("noteAdded") : t("sent"));
      form.reset({ body: "", status: KEEP });
      router.refresh();
      return;
    }
    if (!applyServerFieldErrors(form, error.fields, translate)) toast.error(describe(error));
  });

  const submitting = form.formState.isSubmitting;
  return (
    <Form {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
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
        <FormField
          control={form.control}
          name="body"
          render={({ field }) => (
            <FormItem>
              <FormLabel className={cn(staff && "sr-only")}>{internal ? t("noteLabel") : t("bodyLabel")}</FormLabel>
              <FormControl>
                <Textarea
                  rows={4}
                  placeholder={internal ? t("notePlaceholder") : staff ? t("staffPlaceholder") : t("customerPlaceholder")}
                  onKeyDown={(event) => {
                    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                      event.preventDefault();
                      void onSubmit();
                    }
                  }}
                  {...field}
                />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        {internal && <p className="text-xs text-muted-foreground">{t("internalHint")}</p>}
        <div className="flex flex-wrap items-center justify-end gap-2">
          {staff && (
            <FormField
              control={form.control}
              name="status"
              render={({ field }) => (
                <FormItem className="flex items-center gap-2 space-y-0">
                  <FormLabel className="text-sm font-normal text-muted-foreground">{t("thenStatus")}</FormLabel>
                  <Select value={field.value} onValueChange={field.onChange}>
                    <FormControl>
                      <SelectTrigger size="sm" className="min-w-48">
                        <SelectValue />
                      </SelectTrigger>
                    </FormControl>
                    <SelectContent>
                      <SelectItem value={KEEP}>{t("keepStatus", { status: tStatus(status) })}</SelectItem>
                      {ticketStatuses
                        .filter((value) => value !== status)
                        .map((value) => (
                          <SelectItem key={value} value={value}>
                            {tStatus(value)}
                          </SelectItem>
                        ))}
                    </SelectContent>
                  </Select>
                </FormItem>
              )}
            />
          )}
          <span className="hidden text-xs text-muted-foreground sm:inline">{t("shortcut")}</span>
          <Button type="submit" disabled={submitting} variant={internal ? "secondary" : "default"}>
            {submitting ? (
              <Loader2 className="animate-spin" aria-hidden="true" />
            ) : internal ? (
              <Lock aria-hidden="true" />
            ) : (
              <Send aria-hidden="true" />
            )}
            {internal ? t("addNote") : t("send")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
