import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** Opens the public status page in a new tab, from the staff pages that change what it shows. */
export function StatusPageLink({ label }: { label: string }) {
  return (
    <Button asChild variant="outline">
      <Link href="/status" target="_blank">
        <ExternalLink aria-hidden="true" /> {label}
      </Link>
    </Button>
  );
}
