import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

/** A dialog form's buttons: cancel, and submit with a spinner while the form is sent. */
export function DialogFormFooter({
  cancel,
  submit,
  submitting,
  onCancel,
}: {
  cancel: string;
  submit: string;
  submitting: boolean;
  onCancel: () => void;
}) {
  return (
    <DialogFooter>
      <Button type="button" variant="ghost" onClick={onCancel}>
        {cancel}
      </Button>
      <Button type="submit" disabled={submitting}>
        {submitting && <Loader2 className="animate-spin" aria-hidden="true" />}
        {submit}
      </Button>
    </DialogFooter>
  );
}
