import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePage } from "@/lib/auth/require-page";
import { apiDocumentReference } from "@/lib/openapi/api-document";

/** The section a page's address names, for a signed-in user; any other name is a 404. */
export const apiTag = cache(async (name: string) => {
  await requirePage("account:manage");
  const tag = apiDocumentReference().find((candidate) => candidate.name === name);
  if (!tag) notFound();
  return tag;
});
