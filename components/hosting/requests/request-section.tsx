import type { FocusEvent, ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** A numbered step of the request form; `onLeave` runs when focus leaves it (for the form's analytics). */
export function RequestSection({
  number,
  title,
  description,
  children,
  onLeave,
}: {
  number: number;
  title: string;
  description: string;
  children: ReactNode;
  onLeave: () => void;
}) {
  const handleBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as HTMLElement | null;
    if (event.currentTarget.contains(next)) return;
    // Going to the submit button: the submission checks and reports every section itself, and a
    // section check racing it could make it see a field as invalid for a moment.
    if (next instanceof HTMLButtonElement && next.type === "submit") return;
    onLeave();
  };
  return (
    <Card onBlur={handleBlur} role="group" aria-labelledby={`section-${number}`}>
      <CardHeader>
        <CardTitle as="h2" id={`section-${number}`} className="flex items-center gap-3">
          <span
            className="flex size-7 items-center justify-center rounded-full bg-primary text-sm text-primary-foreground"
            aria-hidden="true"
          >
            {number}
          </span>
          {title}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5 sm:grid-cols-2">{children}</CardContent>
    </Card>
  );
}
