import { Badge, type BadgeVariant } from "@/components/ui/badge";

const variants: Record<string, BadgeVariant> = { get: "info", post: "success", put: "warning", patch: "warning", delete: "destructive" };

/** An HTTP method, in capitals, coloured by what it does: read, create, change or delete. */
export function MethodBadge({ method }: { method: string }) {
  return (
    <Badge variant={variants[method] ?? "outline"} className="w-16 shrink-0 justify-center font-mono">
      {method.toUpperCase()}
    </Badge>
  );
}
