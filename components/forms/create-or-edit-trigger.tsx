import { Pencil, Plus } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";

/**
 * The button that opens a create/edit dialog: a pencil icon named after what it edits, or a "new …"
 * button. The dialog's own attributes (its popup, whether it is open) are passed on to it.
 */
export function CreateOrEditTrigger({
  editLabel,
  newLabel,
  ...props
}: { editLabel?: string; newLabel: string } & Omit<ComponentProps<typeof Button>, "children">) {
  return editLabel ? (
    <Button variant="ghost" size="icon" aria-label={editLabel} {...props}>
      <Pencil aria-hidden="true" />
    </Button>
  ) : (
    <Button {...props}>
      <Plus aria-hidden="true" /> {newLabel}
    </Button>
  );
}
