"use client";

import * as React from "react";
import { Label as LabelPrimitive, Slot } from "radix-ui";
import {
  Controller,
  FormProvider,
  useFormContext,
  useFormState,
  type ControllerProps,
  type FieldPath,
  type FieldValues,
} from "react-hook-form";
import { CircleAlertIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

/* -------------------------------------------------------------------------------------------------
 * react-hook-form integration
 *
 *   <Form {...form}>
 *     <form onSubmit={form.handleSubmit(onSubmit)}>
 *       <FormField control={form.control} name="email" render={({ field }) => (
 *         <FormItem>
 *           <FormLabel>Email</FormLabel>
 *           <FormControl><Input type="email" {...field} /></FormControl>
 *           <FormDescription>We send invoices here.</FormDescription>
 *           <FormMessage />
 *         </FormItem>
 *       )} />
 *     </form>
 *   </Form>
 * -----------------------------------------------------------------------------------------------*/

const Form = FormProvider;

type FormFieldContextValue = { name: string };

const FormFieldContext = React.createContext<FormFieldContextValue | null>(null);

function FormField<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
  TTransformedValues = TFieldValues,
>(props: ControllerProps<TFieldValues, TName, TTransformedValues>) {
  const value = React.useMemo(() => ({ name: props.name }), [props.name]);
  return (
    <FormFieldContext.Provider value={value}>
      <Controller {...props} />
    </FormFieldContext.Provider>
  );
}

type FormItemContextValue = {
  id: string;
  hasDescription: boolean;
  setHasDescription: (value: boolean) => void;
};

const FormItemContext = React.createContext<FormItemContextValue | null>(null);

function useFormField() {
  const fieldContext = React.useContext(FormFieldContext);
  const itemContext = React.useContext(FormItemContext);
  const { getFieldState } = useFormContext();
  const formState = useFormState({ name: fieldContext?.name });

  if (!fieldContext) {
    throw new Error("useFormField must be used within <FormField>");
  }
  if (!itemContext) {
    throw new Error("useFormField must be used within <FormItem>");
  }

  const fieldState = getFieldState(fieldContext.name, formState);
  const { id } = itemContext;

  return {
    id,
    name: fieldContext.name,
    formItemId: `${id}-form-item`,
    formDescriptionId: `${id}-form-item-description`,
    formMessageId: `${id}-form-item-message`,
    hasDescription: itemContext.hasDescription,
    setHasDescription: itemContext.setHasDescription,
    ...fieldState,
  };
}

function FormItem({ className, ...props }: React.ComponentProps<"div">) {
  const id = React.useId();
  const [hasDescription, setHasDescription] = React.useState(false);
  const value = React.useMemo(() => ({ id, hasDescription, setHasDescription }), [id, hasDescription]);

  return (
    <FormItemContext.Provider value={value}>
      <div data-slot="form-item" className={cn("relative grid gap-2", className)} {...props} />
    </FormItemContext.Provider>
  );
}

function FormLabel({ className, ...props }: React.ComponentProps<typeof LabelPrimitive.Root>) {
  const { error, formItemId } = useFormField();

  return (
    <Label
      data-slot="form-label"
      data-error={!!error}
      className={cn("data-[error=true]:text-destructive", className)}
      htmlFor={formItemId}
      {...props}
    />
  );
}

/** Passes id / aria-describedby / aria-invalid to its single child (the input). */
function FormControl(props: React.ComponentProps<typeof Slot.Root>) {
  const { error, formItemId, formDescriptionId, formMessageId, hasDescription } = useFormField();
  const describedBy =
    [hasDescription ? formDescriptionId : null, error?.message ? formMessageId : null].filter(Boolean).join(" ") || undefined;

  return (
    <Slot.Root data-slot="form-control" id={formItemId} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...props} />
  );
}

/** The hint shown under the control. */
function FormDescription({ className, ...props }: React.ComponentProps<"p">) {
  const { formDescriptionId, setHasDescription } = useFormField();

  React.useEffect(() => {
    setHasDescription(true);
    return () => setHasDescription(false);
  }, [setHasDescription]);

  return <p data-slot="form-description" id={formDescriptionId} className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/**
 * The field's validation error. The polite live region is always mounted (and
 * takes no space while empty) so screen readers announce errors as they appear.
 */
function FormMessage({ className, children, ...props }: React.ComponentProps<"p">) {
  const { error, formMessageId } = useFormField();
  const body = error ? String(error.message ?? "") : children;

  return (
    <div data-slot="form-message-region" aria-live="polite" className="empty:absolute">
      {body ? (
        <p
          data-slot="form-message"
          id={formMessageId}
          className={cn("flex items-start gap-1.5 text-sm", error ? "text-destructive" : "text-muted-foreground", className)}
          {...props}
        >
          {error ? <CircleAlertIcon className="mt-0.5 size-3.5 shrink-0" aria-hidden /> : null}
          <span>{body}</span>
        </p>
      ) : null}
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Field: standalone label + control + hint + error, for forms without react-hook-form
 * (server actions, uncontrolled forms, filters).
 *
 *   <Field label="Domain" hint="Without https://" error={errors.domain} required>
 *     <Input name="domain" />
 *   </Field>
 *
 * The single child element receives `id` (unless it has one), `aria-describedby`
 * (hint and error; merged with its own), `aria-invalid` and `aria-required`.
 * <Select> is handled too: its SelectTrigger picks the ids up from context. For
 * other composites read them with `useFieldIds()`. For a radio group, prefer
 * <fieldset>/<legend> (a <label> cannot name a group).
 * -----------------------------------------------------------------------------------------------*/

type FieldIds = {
  controlId: string;
  hintId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  /** True when the child is a composite (e.g. <Select>) whose inner control wires itself from this context. */
  delegated: boolean;
};

const FieldContext = React.createContext<FieldIds | null>(null);

/** Ids of the enclosing <Field>, to wire a composite control by hand. */
function useFieldIds(): FieldIds | null {
  return React.useContext(FieldContext);
}

type FieldProps = Omit<React.ComponentProps<"div">, "children"> & {
  label: React.ReactNode;
  /** Help text under the control. */
  hint?: React.ReactNode;
  /** Error message(s); when present the control is marked aria-invalid. */
  error?: React.ReactNode | string[];
  /** Id of the control; generated when omitted (or taken from the child's own id). */
  htmlFor?: string;
  required?: boolean;
  /** "horizontal" puts the control before the label (checkbox, switch). */
  orientation?: "vertical" | "horizontal";
  labelClassName?: string;
  children: React.ReactNode;
};

function hasContent(node: FieldProps["error"]): boolean {
  if (node == null || node === false || node === "") return false;
  if (Array.isArray(node)) return node.some((item) => hasContent(item as React.ReactNode));
  return true;
}

function Field({
  label,
  hint,
  error,
  htmlFor,
  required,
  orientation = "vertical",
  className,
  labelClassName,
  children,
  ...props
}: FieldProps) {
  const generatedId = React.useId();
  const child = React.isValidElement<Record<string, unknown>>(children) ? children : null;
  const delegated = !!child && typeof child.type !== "string" && (child.type as { fieldDelegate?: boolean }).fieldDelegate === true;
  const childId = typeof child?.props.id === "string" ? child.props.id : undefined;
  const controlId = childId ?? htmlFor ?? `${generatedId}-control`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = `${controlId}-error`;
  const invalid = hasContent(error);
  const ownDescribedBy = typeof child?.props["aria-describedby"] === "string" ? child.props["aria-describedby"] : null;
  const describedBy = [ownDescribedBy, hintId, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;

  const ids = React.useMemo<FieldIds>(
    () => ({
      controlId,
      hintId,
      errorId: invalid ? errorId : undefined,
      describedBy,
      invalid,
      required: !!required,
      delegated,
    }),
    [controlId, hintId, errorId, describedBy, invalid, required, delegated],
  );

  const control =
    child && !delegated
      ? React.cloneElement(child, {
          id: controlId,
          "aria-describedby": describedBy,
          "aria-invalid": invalid ? true : child.props["aria-invalid"],
          "aria-required": required ? true : child.props["aria-required"],
        })
      : children;

  const labelNode = (
    <Label htmlFor={controlId} className={cn(orientation === "horizontal" && "min-h-5", labelClassName)}>
      {label}
      {required ? (
        <span aria-hidden="true" className="-ml-1 text-destructive">
          *
        </span>
      ) : null}
    </Label>
  );

  const hintNode = hint ? (
    <p data-slot="field-hint" id={hintId} className="text-sm text-muted-foreground">
      {hint}
    </p>
  ) : null;

  const errorNode = (
    <div data-slot="field-error-region" id={errorId} aria-live="polite" className="empty:absolute">
      {invalid ? (
        <p data-slot="field-error" className="flex items-start gap-1.5 text-sm text-destructive">
          <CircleAlertIcon className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          <span className="grid gap-0.5">
            {Array.isArray(error) ? error.filter(Boolean).map((message, index) => <span key={index}>{message}</span>) : error}
          </span>
        </p>
      ) : null}
    </div>
  );

  return (
    <FieldContext.Provider value={ids}>
      {orientation === "horizontal" ? (
        <div
          data-slot="field"
          data-orientation="horizontal"
          data-invalid={invalid || undefined}
          className={cn("relative flex items-start gap-3", className)}
          {...props}
        >
          <div className="flex h-5 items-center">{control}</div>
          <div className="relative grid gap-1.5">
            {labelNode}
            {hintNode}
            {errorNode}
          </div>
        </div>
      ) : (
        <div
          data-slot="field"
          data-orientation="vertical"
          data-invalid={invalid || undefined}
          className={cn("relative grid gap-2", className)}
          {...props}
        >
          {labelNode}
          {control}
          {hintNode}
          {errorNode}
        </div>
      )}
    </FieldContext.Provider>
  );
}

export {
  Field,
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  useFieldIds,
  useFormField,
  type FieldProps,
};
