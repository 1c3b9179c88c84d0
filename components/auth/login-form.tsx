"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { loginAction } from "@/lib/auth/actions";
import { loginSchema } from "@/lib/auth/schemas";
import { useZodForm } from "@/lib/forms/use-zod-form";
import type { ActionError } from "@/lib/safe-action";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(loginSchema, { email: "", password: "", callbackUrl });

  function describe(error: ActionError | undefined): string {
    if (error?.code === "RATE_LIMITED") {
      const seconds = Number(error.meta?.retryAfterSeconds ?? 60);
      return t("throttled", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    if (error?.code === "UNAUTHORIZED") return error.meta?.reason === "disabled" ? t("accountDisabled") : t("invalidCredentials");
    return tErrors("generic");
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await loginAction(values);
    if (result?.data) {
      router.replace(result.data.redirectTo);
      router.refresh();
      return;
    }
    setFormError(describe(result?.serverError as ActionError | undefined));
    form.setValue("password", "");
    form.setFocus("password");
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
          name="email"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t("email")}</FormLabel>
              <FormControl>
                <Input type="email" autoComplete="email" inputMode="email" autoFocus {...field} />
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
                <Input type="password" autoComplete="current-password" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <Button type="submit" size="lg" disabled={submitting}>
          {submitting && <Loader2 className="animate-spin" aria-hidden="true" />}
          {submitting ? t("submitting") : t("submitLogin")}
        </Button>
      </form>
    </Form>
  );
}
