import * as React from "react";
import { Slot } from "radix-ui";
import { withClass } from "@/lib/utils";

const buttonVariantNames = ["default", "secondary", "outline", "ghost", "destructive", "link"] as const;
const buttonSizeNames = ["sm", "default", "lg", "icon", "icon-sm", "icon-lg"] as const;

type ButtonVariantProps = {
  variant?: (typeof buttonVariantNames)[number] | null;
  size?: (typeof buttonSizeNames)[number] | null;
};

/**
 * What makes an element look like a button: the `ui-button` class and the variant and size as attributes,
 * styled once in app/globals.css rather than spelled out in each button's class attribute (650 bytes
 * each, in the HTML and again in the page's flight data). Classes of the element's own win, as
 * utilities come after that layer: no merging needed.
 */
function buttonVariants({ variant, size }: ButtonVariantProps = {}) {
  return { className: "ui-button", "data-variant": variant ?? "default", "data-size": size ?? "default" } as const;
}

type ButtonProps = React.ComponentProps<"button"> &
  ButtonVariantProps & {
    /** Render the single child element (e.g. a `<Link>`) with button styles. */
    asChild?: boolean;
  };

function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  const look = buttonVariants({ variant, size });
  return (
    <Comp
      data-slot="button"
      {...look}
      className={withClass(look.className, className)}
      // A plain <button> defaults to type="button" so it never submits a form by accident.
      type={asChild ? type : (type ?? "button")}
      {...props}
    />
  );
}

export { Button, buttonSizeNames, buttonVariantNames, buttonVariants, type ButtonProps, type ButtonVariantProps };
