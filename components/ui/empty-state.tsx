import * as React from "react";

import { cn } from "@/lib/utils";

type HeadingTag = "h2" | "h3" | "h4" | "p";

type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** An icon element, e.g. `<ServerIcon />` (sized and coloured for you). */
  icon?: React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** A button or link, e.g. `<Button>Create a site</Button>`. */
  action?: React.ReactNode;
  /** Heading level of the title, to keep the page outline in order. Default "h2". */
  titleAs?: HeadingTag;
};

function EmptyState({ icon, title, description, action, titleAs: Title = "h2", className, children, ...props }: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn("flex flex-col items-center justify-center gap-4 rounded-xl border border-dashed px-6 py-12 text-center", className)}
      {...props}
    >
      {icon ? (
        <div
          data-slot="empty-state-icon"
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-secondary text-secondary-foreground [&_svg]:pointer-events-none [&_svg:not([class*='size-'])]:size-6"
        >
          {icon}
        </div>
      ) : null}
      <div className="flex max-w-md flex-col gap-1.5">
        <Title data-slot="empty-state-title" className="text-base font-semibold tracking-tight">
          {title}
        </Title>
        {description ? (
          <p data-slot="empty-state-description" className="text-sm text-balance text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>
      {action ? (
        <div data-slot="empty-state-action" className="flex flex-wrap items-center justify-center gap-2">
          {action}
        </div>
      ) : null}
      {children}
    </div>
  );
}

export { EmptyState, type EmptyStateProps };
