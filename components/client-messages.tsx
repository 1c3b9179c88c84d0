import type { Messages } from "next-intl";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Namespace = keyof Messages;

/** What the shell's client components (menus, error boundaries, form fields and validation) translate. */
const sharedNamespaces: Namespace[] = ["nav", "errors", "validation", "forms"];

/**
 * Hands client components the messages they translate, and only those: every namespace sent here is
 * serialized into the page. Wrap an interactive part in it and name the namespaces it reads.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...sharedNamespaces, ...namespaces].map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
