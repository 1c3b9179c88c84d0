import type { ReactNode } from "react";
import { AreaShell } from "@/components/shell/area-shell";

export default function CrmLayout({ children }: { children: ReactNode }) {
  return <AreaShell area="crm">{children}</AreaShell>;
}
