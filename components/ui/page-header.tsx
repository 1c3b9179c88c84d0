import * as React from "react";

import { cn } from "@/lib/utils";

type PageHeaderProps = Omit<React.ComponentProps<"div">, "title"> & {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons / links shown at the end of the header (wraps below the title on small screens). */
  actions?: React.ReactNode;
  /** Content above the title, e.g. breadcrumbs or a back link. */
  eyebrow?: React.ReactNode;
  /** Heading level of the title. Default "h1" (one per page). */
  titleAs?: "h1" | "h2";
};

function PageHeader({ title, description, actions, eyebrow, titleAs: Title = "h1", className, children, ...props }: PageHeaderProps) {
  return (
    <div data-slot="page-header" className={cn("flex flex-col gap-4 pb-6", className)} {...props}>
      {eyebrow ? (
        <div data-slot="page-header-eyebrow" className="text-sm text-muted-foreground">
          {eyebrow}
        </div>
      ) : null}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <Title data-slot="page-header-title" className="text-2xl font-semibold tracking-tight text-balance">
            {title}
          </Title>
          {description ? (
            <p data-slot="page-header-description" className="max-w-prose text-sm text-muted-foreground">
              {description}
            </p>
          ) : null}
        </div>
        {actions ? (
          <div data-slot="page-header-actions" className="flex shrink-0 flex-wrap items-center gap-2">
            {actions}
          </div>
        ) : null}
      </div>
      {children}
    </div>
  );
}

export { PageHeader, type PageHeaderProps };
