import type { Messages } from "next-intl";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Namespace = keyof Messages;

/** What the shell's client components (menus, error boundaries, form fields and validation) translate. */
const sharedNamespaces: Namespace[] = ["nav", "errors", "validation", "forms"];
/** What only a form translates: its fields' error messages. */
const formNamespaces: Namespace[] = ["validation"];

type MessageTree = { [key: string]: string | MessageTree };

/** `tree` without the entry at `path` (its keys, dotted), copying only the objects on the way. */
function without(tree: MessageTree, [key, ...rest]: string[]): MessageTree {
  const entry = tree[key];
  if (entry === undefined) return tree;
  if (rest.length === 0) return Object.fromEntries(Object.entries(tree).filter(([name]) => name !== key));
  return typeof entry === "string" ? tree : { ...tree, [key]: without(entry, rest) };
}

/**
 * Hands client components the messages they translate, and only those: every namespace sent here is
 * serialized into the page. Wrap an interactive part in it and name the namespaces it reads;
 * `except` names (dotted, from the namespace) the parts of them that no client component below
 * reads, such as a record's texts on its list. `forms={false}` leaves out what only forms read, for
 * a part that has none (a page served from cache sends it to every visitor).
 */
export async function ClientMessages({
  namespaces = [],
  except = [],
  forms = true,
  children,
}: {
  namespaces?: Namespace[];
  except?: Array<`${Namespace}.${string}`>;
  forms?: boolean;
  children: ReactNode;
}) {
  const messages = await getMessages();
  const shared = forms ? sharedNamespaces : sharedNamespaces.filter((ns) => !formNamespaces.includes(ns));
  let picked = Object.fromEntries([...shared, ...namespaces].map((ns) => [ns, messages[ns]])) as MessageTree;
  for (const path of except) picked = without(picked, path.split("."));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
