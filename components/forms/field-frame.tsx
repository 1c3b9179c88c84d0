"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Control, ControllerFieldState, ControllerRenderProps, FieldPath, FieldValues } from "react-hook-form";
import { FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { cn } from "@/lib/utils";

/** What every field component takes: where its value lives in the form, and the words around it. */
export type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: ReactNode;
  /** A hint under the control, read with it by screen readers. */
  description?: ReactNode;
  /** Says "(optional)" after the label. */
  optional?: boolean;
  /** Fields validated again when this one changes (e.g. the other ends of a range). */
  deps?: FieldPath<T>[];
  className?: string;
  labelClassName?: string;
};

/** Separates a field component's own props from those of its control. */
export function splitFieldProps<T extends FieldValues, P extends FieldProps<T>>(props: P): [FieldProps<T>, Omit<P, keyof FieldProps<T>>] {
  const { control, name, label, description, optional, deps, className, labelClassName, ...rest } = props;
  return [{ control, name, label, description, optional, deps, className, labelClassName }, rest];
}

/**
 * `stacked`: label, control, hint, error. `control-first`: the control, then label, hint and error
 * beside it (switches, checkboxes). `control-last`: label and hint, the control at the end of the row.
 */
type Layout = "stacked" | "control-first" | "control-last";

/**
 * A field's frame, wired to react-hook-form: the label names the control, the hint and the error
 * (under the control, announced) describe it and mark it invalid. `children` draws the control
 * inside `<FormControl>`, which hands it its id and aria attributes.
 */
export function FieldFrame<T extends FieldValues, N extends FieldPath<T> = FieldPath<T>>({
  control,
  name,
  label,
  description,
  optional,
  deps,
  className,
  labelClassName,
  layout = "stacked",
  labelId,
  children,
}: Omit<FieldProps<T>, "name"> & {
  name: N;
  layout?: Layout;
  /** An id for the label, for a group control to be named by it (`aria-labelledby`). */
  labelId?: string;
  children: (field: ControllerRenderProps<T, N>, state: ControllerFieldState) => ReactNode;
}) {
  const t = useTranslations("forms");
  return (
    <FormField
      control={control}
      name={name}
      rules={deps ? { deps } : undefined}
      render={({ field, fieldState }) => {
        const labelNode = (
          <FormLabel id={labelId} className={labelClassName}>
            {label}
            {optional && <span className="font-normal text-muted-foreground">({t("optional")})</span>}
          </FormLabel>
        );
        const words = (
          <>
            {labelNode}
            {description && <FormDescription>{description}</FormDescription>}
            <FormMessage />
          </>
        );
        if (layout === "control-first")
          return (
            <FormItem className={cn("flex flex-row items-start gap-3", className)}>
              {children(field, fieldState)}
              <div className="relative grid gap-1">{words}</div>
            </FormItem>
          );
        if (layout === "control-last")
          return (
            <FormItem className={cn("flex flex-row items-center justify-between gap-4", className)}>
              <div className="relative flex flex-col gap-0.5">{words}</div>
              {children(field, fieldState)}
            </FormItem>
          );
        return (
          <FormItem className={className}>
            {labelNode}
            {children(field, fieldState)}
            {description && <FormDescription>{description}</FormDescription>}
            <FormMessage />
          </FormItem>
        );
      }}
    />
  );
}
