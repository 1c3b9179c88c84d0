"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { addActivityAction } from "@/lib/crm/lead-actions";
import { loggableActivityTypes } from "@/lib/crm/stages";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { cn } from "@/lib/utils";
import { useLeadActionError } from "./use-lead-action-error";

/** The form's view of an activity: the due date comes from a datetime-local input. */
const formSchema = z
  .object({
    type: z.enum(loggableActivityTypes),
    subject: z.string().trim().min(1, "required").max(200, "tooLong"),
    body: z.string().trim().max(5000, "tooLong").optional(),
    dueAt: z.string().optional(),
  })
  .refine((a) => a.type !== "TASK" || Boolean(a.dueAt), { message: "dueDateRequired", path: ["dueAt"] });

/** Log a call, email, meeting, note or task; the timeline below shows it at once. */
export function AddActivityForm({ leadId }: { leadId: string }) {
  const t = useTranslations("leads.timeline");
  const translate = useMessageTranslator();
  const describe = useLeadActionError();
  const router = useRouter();
  const form = useZodForm(formSchema, { type: "CALL", subject: "", body: "", dueAt: "" });
  const type = form.watch("type");

  const onSubmit = form.handleSubmit(async ({ type, subject, body, dueAt }) => {
    const result = await addActivityAction({
      leadId,
      activity: { type, subject, body: body || undefined, dueAt: type === "TASK" && dueAt ? new Date(dueAt) : undefined },
    });
    if (result?.data) {
      toast.success(t("logged"));
      form.reset({ type, subject: "", body: "", dueAt: "" });
      router.refresh();
      return;
    }
    const { error, message } = describe(result);
    if (!applyServerFieldErrors(form, error.fields, translate)) toast.error(message);
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-lg border bg-muted/30 p-4" aria-label={t("add")}>
        <fieldset className="flex flex-wrap gap-1.5">
          <legend className="sr-only">{t("type")}</legend>
          {loggableActivityTypes.map((value) => (
            <label
              key={value}
              className={cn(
                "cursor-pointer rounded-full border bg-background px-3 py-1 text-sm transition-colors hover:bg-accent has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                type === value && "border-primary bg-primary text-primary-foreground hover:bg-primary/90",
              )}
            >
              <input type="radio" value={value} className="sr-only" {...form.register("type")} />
              {t(`types.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className={cn("grid gap-3", type === "TASK" && "sm:grid-cols-[1fr_14rem]")}>
          <FormField
            control={form.control}
            name="subject"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("subject")}</FormLabel>
                <FormControl>
                  <Input placeholder={t("subjectPlaceholder")} {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          {type === "TASK" && (
            <FormField
              control={form.control}
              name="dueAt"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("dueAt")}</FormLabel>
                  <FormControl>
                    <Input type="datetime-local" {...field} value={field.value ?? ""} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          )}
        </div>
        <FormField
          control={form.control}
          name="body"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("body")}</FormLabel>
              <FormControl>
                <Textarea rows={2} {...field} value={field.value ?? ""} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <div className="flex justify-end">
          <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting && <Loader2 className="animate-spin" aria-hidden="true" />}
            {form.formState.isSubmitting ? t("logging") : t("log")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
