import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { SubmitButton } from "./submit-button";

/** A dialog form's buttons: cancel, and submit with a spinner while the form is sent. */
export function DialogFormFooter({
  cancel,
  submit,
  submitting,
  onCancel,
}: {
  cancel: string;
  submit: string;
  /** The submit button's words while the form is sent. */
  submitting?: string;
  onCancel: () => void;
}) {
  return (
    <DialogFooter>
      <Button type="button" variant="ghost" onClick={onCancel}>
        {cancel}
      </Button>
      <SubmitButton pendingLabel={submitting}>{submit}</SubmitButton>
    </DialogFooter>
  );
}
