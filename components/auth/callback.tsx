"use client";

import Link from "next/link";
import { useEffect, useState, type ComponentProps } from "react";
import { callbackParam, loginUrl, registerUrl } from "@/lib/auth/callback-url";

/**
 * The page to come back to after signing in (`?callbackUrl=`, a path of this site only), read in the
 * browser: the sign-in pages are served from cache, the same for every address. Undefined until then.
 */
export function useCallbackUrl(): string | undefined {
  const [callbackUrl, setCallbackUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    setCallbackUrl(callbackParam(new URLSearchParams(window.location.search).get("callbackUrl") ?? undefined));
  }, []);
  return callbackUrl;
}

/** A link to the other sign-in page, carrying the way back along. */
export function CallbackLink({ to, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { to: "/login" | "/register" }) {
  const callbackUrl = useCallbackUrl();
  return <Link href={(to === "/login" ? loginUrl : registerUrl)(callbackUrl)} {...props} />;
}
