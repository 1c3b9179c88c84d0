import type { ReactNode } from "react";
import { AreaShell } from "@/components/shell/area-shell";

export default function HostingLayout({ children }: { children: ReactNode }) {
  return <AreaShell area="hosting">{children}</AreaShell>;
}
