import * as React from "react";

/**
 * Decorative loading placeholder; announce loading state elsewhere (e.g. aria-busy on the region).
 * Its look is the stylesheet's (`[data-slot="skeleton"]`): a skeleton repeats it many times.
 */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="skeleton" aria-hidden="true" className={className} {...props} />;
}

export { Skeleton };
