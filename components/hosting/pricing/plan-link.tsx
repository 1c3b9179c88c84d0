"use client";

import Link from "next/link";
import type { ComponentProps } from "react";
import { useViewer } from "@/components/public/viewer";
import { registerUrl } from "@/lib/auth/callback-url";

/**
 * A plan's "Choose" link on the pricing page, which is the same for everyone (served from cache):
 * through registration, or straight to the request form once the browser knows the visitor is
 * signed in (the proxy also sends a signed-in visitor past registration).
 */
export function PlanLink({ target, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { target: string }) {
  const viewer = useViewer();
  return <Link href={viewer ? target : registerUrl(target)} {...props} />;
}
