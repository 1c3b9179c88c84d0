import { notFound } from "next/navigation";

/**
 * Any address no page has. There is no top-level root layout (the public pages have their own under
 * app/[locale]): this catch-all brings unknown addresses to this layout's not-found page.
 */
export default function Missing() {
  notFound();
}
