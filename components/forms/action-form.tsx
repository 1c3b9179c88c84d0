"use client";

import type { ComponentProps } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Form } from "@/components/ui/form";

/** The `<form>` of a `useActionForm`: gives its fields the form, and leaves validation to the schema. */
export function ActionForm<T extends FieldValues, Out>({
  form,
  onSubmit,
  ...props
}: Omit<ComponentProps<"form">, "onSubmit"> & { form: UseFormReturn<T, unknown, Out>; onSubmit: () => Promise<void> }) {
  return (
    <Form {...form}>
      {/* POST: a form sent before the page is interactive (a slow phone, a quick Enter) is sent by the
          browser itself, and a GET would put its fields, a password among them, in the URL. */}
      <form method="post" onSubmit={onSubmit} noValidate {...props} />
    </Form>
  );
}
