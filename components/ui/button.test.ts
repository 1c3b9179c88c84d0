import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { buttonVariants } from "./button";

const variants = ["default", "secondary", "outline", "ghost", "destructive", "link"] as const;
const sizes = ["sm", "default", "lg", "icon", "icon-sm", "icon-lg"] as const;

describe("buttonVariants", () => {
  it.each(variants.flatMap((variant) => sizes.map((size) => [variant, size] as const)))(
    "%s × %s sets each property once, so a button without classes of its own needs no merging",
    (variant, size) => {
      const classes = buttonVariants({ variant, size });
      expect(twMerge(classes)).toBe(classes);
    },
  );

  it("keeps the ring colour of the focus outline on every variant", () => {
    for (const variant of variants) expect(buttonVariants({ variant })).toMatch(/focus-visible:ring-(ring|destructive)\//);
  });
});
