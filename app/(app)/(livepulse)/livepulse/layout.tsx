import type { ReactNode } from "react";
import { AreaShell } from "@/components/shell/area-shell";

export default function LivePulseLayout({ children }: { children: ReactNode }) {
  return <AreaShell area="livepulse">{children}</AreaShell>;
}
