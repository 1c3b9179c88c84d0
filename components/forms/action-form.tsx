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
      <form onSubmit={onSubmit} noValidate {...props} />
    </Form>
  );
}
