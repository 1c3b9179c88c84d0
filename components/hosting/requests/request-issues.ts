import { hostingRequestSchema, requestSections } from "@/lib/hosting/requests/schemas";

export type RequestFormSection = keyof typeof requestSections;

/** The validation messages (keys) of one section's fields, as the form analytics report them. */
export function sectionIssues(values: unknown, section: RequestFormSection): Array<{ field: string; message: string }> {
  const result = hostingRequestSchema.safeParse(values);
  if (result.success) return [];
  const fields: readonly string[] = requestSections[section];
  return result.error.issues
    .filter((i) => fields.includes(String(i.path[0])))
    .map((i) => ({ field: String(i.path[0]), message: i.message }));
}

export const requestFormSections = Object.keys(requestSections) as RequestFormSection[];
