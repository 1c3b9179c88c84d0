"use client";

import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { Plus, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { z } from "zod";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { createLeadAction, similarLeadsAction } from "@/lib/crm/lead-actions";
import { leadFields } from "@/lib/crm/lead-schemas";
import { leadSources } from "@/lib/crm/stages";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import type { ActionError } from "@/lib/safe-action";
import { StageBadge } from "./stage-badge";

/** The dialog's form: the shared lead fields, with the value typed in euros. */
const leadFormSchema = z.object({
  name: leadFields.name,
  email: leadFields.email,
  company: leadFields.company,
  phone: leadFields.phone,
  source: leadFields.source,
  value: z.coerce.number({ message: "number" }).min(0, "notNegative").max(100_000_000, "tooLarge"),
  assigneeId: z.string().optional(),
  notes: leadFields.notes,
});

type Similar = Array<{
  id: string;
  name: string;
  email: string;
  company: string | null;
  stage: "NEW" | "CONTACTED" | "QUALIFIED" | "PROPOSAL" | "NEGOTIATION" | "WON" | "LOST";
}>;

export function CreateLeadDialog({ assignees, currentUserId }: { assignees: Array<{ id: string; name: string }>; currentUserId: string }) {
  const t = useTranslations("leads");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("new")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("cancel")} className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("createTitle")}</DialogTitle>
          <DialogDescription>{t("createDescription")}</DialogDescription>
        </DialogHeader>
        {open && <CreateLeadForm assignees={assignees} currentUserId={currentUserId} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function CreateLeadForm({
  assignees,
  currentUserId,
  onDone,
}: {
  assignees: Array<{ id: string; name: string }>;
  currentUserId: string;
  onDone: () => void;
}) {
  const t = useTranslations("leads");
  const tSource = useTranslations("leadSource");
  const translate = useMessageTranslator();
  const router = useRouter();
  const [similar, setSimilar] = useState<Similar>([]);
  const form = useZodForm(leadFormSchema, {
    name: "",
    email: "",
    company: "",
    phone: "",
    source: "OTHER",
    value: 0,
    assigneeId: assignees.some((a) => a.id === currentUserId) ? currentUserId : undefined,
    notes: "",
  });

  const checkSimilar = async () => {
    const { email, company } = form.getValues();
    if (!email && !company) return;
    const result = await similarLeadsAction({ email: email || undefined, company: company || undefined });
    setSimilar((result?.data as Similar | undefined) ?? []);
  };

  const onSubmit = form.handleSubmit(async ({ value, assigneeId, ...values }) => {
    const result = await createLeadAction({ ...values, valueCents: Math.round(value * 100), assigneeId: assigneeId || null });
    if (result?.data) {
      toast.success(t("created", { name: result.data.name }));
      onDone();
      router.push(`/crm/leads/${result.data.id}`);
      return;
    }
    const error = result?.serverError as ActionError | undefined;
    if (!applyServerFieldErrors(form, error?.fields, translate))
      toast.error(error?.code === "FORBIDDEN" ? t("forbidden") : t("genericError"));
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("name")}</FormLabel>
              <FormControl>
                <Input autoComplete="off" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="email"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("email")}</FormLabel>
                <FormControl>
                  <Input type="email" autoComplete="off" {...field} onBlur={() => (field.onBlur(), void checkSimilar())} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="company"
            render={({ field }) => (
              <FormItem>
                <FormLabel>
                  {t("company")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
                </FormLabel>
                <FormControl>
                  <Input autoComplete="off" {...field} value={field.value ?? ""} onBlur={() => (field.onBlur(), void checkSimilar())} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        {similar.length > 0 && (
          <Alert variant="warning" data-testid="similar-leads">
            <TriangleAlert aria-hidden="true" />
            <AlertTitle>{t("similarTitle")}</AlertTitle>
            <AlertDescription>
              <p>{t("similarDescription")}</p>
              <ul className="mt-2 flex flex-col gap-1.5">
                {similar.map((lead) => (
                  <li key={lead.id} className="flex flex-wrap items-center gap-2">
                    <Link href={`/crm/leads/${lead.id}`} className="font-medium text-foreground underline underline-offset-4">
                      {lead.name}
                    </Link>
                    <span className="text-muted-foreground">{[lead.email, lead.company].filter(Boolean).join(" · ")}</span>
                    <StageBadge stage={lead.stage} />
                  </li>
                ))}
              </ul>
            </AlertDescription>
          </Alert>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="phone"
            render={({ field }) => (
              <FormItem>
                <FormLabel>
                  {t("phone")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
                </FormLabel>
                <FormControl>
                  <Input type="tel" autoComplete="off" {...field} value={field.value ?? ""} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="value"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("value")}</FormLabel>
                <FormControl>
                  <Input type="number" inputMode="decimal" min={0} step="0.01" {...field} value={String(field.value ?? "")} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="source"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("source")}</FormLabel>
                <Select value={field.value} onValueChange={field.onChange}>
                  <FormControl>
                    <SelectTrigger className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    {leadSources.map((source) => (
                      <SelectItem key={source} value={source}>
                        {tSource(source)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="assigneeId"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("assignee")}</FormLabel>
                <Select value={field.value ?? "none"} onValueChange={(value) => field.onChange(value === "none" ? undefined : value)}>
                  <FormControl>
                    <SelectTrigger className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    <SelectItem value="none">{t("unassigned")}</SelectItem>
                    {assignees.map((user) => (
                      <SelectItem key={user.id} value={user.id}>
                        {user.name}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <FormField
          control={form.control}
          name="notes"
          render={({ field }) => (
            <FormItem>
              <FormLabel>
                {t("notes")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
              </FormLabel>
              <FormControl>
                <Textarea rows={3} {...field} value={field.value ?? ""} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <DialogFormFooter cancel={t("cancel")} submit={t("create")} submitting={t("creating")} onCancel={onDone} />
      </form>
    </Form>
  );
}
