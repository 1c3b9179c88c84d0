"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { registerAction } from "@/lib/auth/actions";
import { registerSchema } from "@/lib/auth/schemas";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import type { ActionError } from "@/lib/safe-action";

export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const tErrors = useTranslations("errors");
  const translate = useMessageTranslator();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(registerSchema, { name: "", email: "", company: "", password: "", callbackUrl });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await registerAction(values);
    if (result?.data) {
      toast.success(t("welcome", { name: values.name }));
      router.replace(result.data.redirectTo);
      router.refresh();
      return;
    }
    const error = result?.serverError as ActionError | undefined;
    if (!applyServerFieldErrors(form, error?.fields, translate)) setFormError(tErrors("generic"));
  });

  const submitting = form.formState.isSubmitting || form.formState.isSubmitSuccessful;
  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        {formError && (
          <Alert variant="destructive" role="alert" data-testid="form-error">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        )}
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("name")}</FormLabel>
              <FormControl>
                <Input autoComplete="name" autoFocus {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="email"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("email")}</FormLabel>
              <FormControl>
                <Input type="email" autoComplete="email" inputMode="email" {...field} />
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
                {t("company")} <span className="font-normal text-muted-foreground">({t("companyHint")})</span>
              </FormLabel>
              <FormControl>
                <Input autoComplete="organization" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="password"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("password")}</FormLabel>
              <FormControl>
                <Input type="password" autoComplete="new-password" {...field} />
              </FormControl>
              <FormDescription>{t("passwordHint")}</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <Button type="submit" size="lg" disabled={submitting}>
          {submitting && <Loader2 className="animate-spin" aria-hidden="true" />}
          {submitting ? t("submitting") : t("submitRegister")}
        </Button>
      </form>
    </Form>
  );
}
