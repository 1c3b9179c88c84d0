"use client";

import { Pencil, Plus } from "lucide-react";
import { DialogTrigger } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";

/** Opens a create/edit dialog: a pencil icon named after what it edits, or a "new …" button. */
export function CreateOrEditTrigger({ editLabel, newLabel }: { editLabel?: string; newLabel: string }) {
  return (
    <DialogTrigger asChild>
      {editLabel ? (
        <Button variant="ghost" size="icon" aria-label={editLabel}>
          <Pencil aria-hidden="true" />
        </Button>
      ) : (
        <Button>
          <Plus aria-hidden="true" /> {newLabel}
        </Button>
      )}
    </DialogTrigger>
  );
}
