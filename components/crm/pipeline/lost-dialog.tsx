"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import { leadLostSchema } from "@/lib/crm/lead-schemas";
import type { PipelineCard } from "@/lib/crm/pipeline";
import type { FieldErrors } from "@/lib/errors";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";

/**
 * Asks why a lead dropped on Lost was lost. `onConfirm` returns the server's field errors, if any,
 * to show next to the field; otherwise the board closes the dialog.
 */
export function LostDialog({
  lead,
  onConfirm,
  onCancel,
  onCloseAutoFocus,
}: {
  lead: PipelineCard | null;
  onConfirm: (lead: PipelineCard, reason: string) => Promise<FieldErrors | undefined>;
  onCancel: () => void;
  /** Where focus goes once the dialog closed (the card, wherever it now is). */
  onCloseAutoFocus: (event: Event) => void;
}) {
  const t = useTranslations("pipeline");
  return (
    <Dialog open={lead !== null} onOpenChange={(open) => !open && onCancel()}>
      {lead && (
        <DialogContent closeLabel={t("close")} aria-describedby="lost-dialog-description" onCloseAutoFocus={onCloseAutoFocus}>
          <DialogHeader>
            <DialogTitle>{t("lostTitle", { name: lead.name })}</DialogTitle>
            <DialogDescription id="lost-dialog-description">{t("lostDescription")}</DialogDescription>
          </DialogHeader>
          <LostForm key={lead.id} lead={lead} onConfirm={onConfirm} onCancel={onCancel} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function LostForm({
  lead,
  onConfirm,
  onCancel,
}: {
  lead: PipelineCard;
  onConfirm: (lead: PipelineCard, reason: string) => Promise<FieldErrors | undefined>;
  onCancel: () => void;
}) {
  const t = useTranslations("pipeline");
  const translate = useMessageTranslator();
  const form = useZodForm(leadLostSchema, { reason: "" });
  const submitting = form.formState.isSubmitting;
  const onSubmit = form.handleSubmit(async ({ reason }) => {
    const fields = await onConfirm(lead, reason);
    applyServerFieldErrors(form, fields, translate);
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <FormField
          control={form.control}
          name="reason"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("lostReason")}</FormLabel>
              <FormControl>
                <Textarea {...field} autoFocus rows={3} maxLength={500} placeholder={t("lostReasonPlaceholder")} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <DialogFooter>
          <Button type="button" variant="outline" disabled={submitting} onClick={onCancel}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant="destructive" disabled={submitting}>
            {submitting && <Loader2 className="animate-spin" aria-hidden="true" />}
            {submitting ? t("saving") : t("lostConfirm")}
          </Button>
        </DialogFooter>
      </form>
    </Form>
  );
}
