import { Alert, AlertDescription } from "@/components/ui/alert";

/** An error about the whole form (not one field), shown above its fields and announced. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert variant="destructive" role="alert" data-testid="form-error">
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
