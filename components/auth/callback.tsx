"use client";

import Link from "next/link";
import { useSyncExternalStore, type ComponentProps } from "react";
import { callbackParam, loginUrl, registerUrl } from "@/lib/auth/callback-url";

/**
 * The page to come back to after signing in (`?callbackUrl=`, a path of this site only), read in the
 * browser: the sign-in pages are served from cache, the same for every address. Undefined until then.
 */
export function useCallbackUrl(): string | undefined {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  return callbackParam(new URLSearchParams(search).get("callbackUrl") ?? undefined);
}

// The address's query does not change while a sign-in page is open (a new one is a new page).
const noSubscription = () => () => {};

/** A link to the other sign-in page, carrying the way back along. */
export function CallbackLink({ to, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { to: "/login" | "/register" }) {
  const callbackUrl = useCallbackUrl();
  return <Link href={(to === "/login" ? loginUrl : registerUrl)(callbackUrl)} {...props} />;
}
