import { getTranslations } from "next-intl/server";
import { formatDate, type DateFormat } from "@/lib/format";

type EditEntry = { id: string; createdAt: Date; edits: unknown; actor: { name: string } | null };
type Value = string | number | boolean | null;

/** The form's label of each field an edit can change (keys of the `request` namespace). */
const labelKeys = {
  planSlug: "plan",
  cpuCores: "cpu",
  ramGb: "ram",
  storageGb: "storage",
  domainOption: "domainOption",
  domainName: "domainName",
  ssl: "ssl",
  backup: "backup",
  cdn: "cdn",
  billingCycle: "billingCycle",
  contactName: "contactName",
  contactEmail: "contactEmail",
  contactPhone: "contactPhone",
  companyName: "companyName",
  notes: "notes",
} as const;

/** The edits of a request's configuration, newest first: who changed which field, from what to what. */
export async function RequestEdits({
  entries,
  dates,
  planNames,
}: {
  entries: EditEntry[];
  dates: DateFormat;
  planNames: Map<string, string>;
}) {
  if (entries.length === 0) return null;
  const [t, tReq] = await Promise.all([getTranslations("requestDetail"), getTranslations("request")]);
  const shown = (field: keyof typeof labelKeys, value: Value): string => {
    if (value === null || value === "") return t("empty");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (field === "billingCycle") return tReq(value === "YEARLY" ? "yearly" : "monthly");
    if (field === "domainOption") return tReq(`domain${value as "REGISTER" | "TRANSFER" | "EXISTING"}`);
    if (field === "planSlug") return planNames.get(String(value)) ?? String(value);
    return String(value);
  };
  return (
    <section aria-labelledby="request-edits" className="mt-6 border-t pt-4" data-testid="request-edits">
      <h3 id="request-edits" className="text-sm font-medium">
        {t("edits")}
      </h3>
      <ol className="mt-2 flex flex-col gap-3">
        {[...entries].reverse().map((entry) => (
          <li key={entry.id} className="text-sm">
            <span className="text-xs text-muted-foreground">
              {t("editedBy", { date: formatDate(entry.createdAt, dates, true), name: entry.actor?.name ?? "—" })}
            </span>
            <ul className="mt-1 flex flex-col gap-0.5">
              {Object.entries((entry.edits ?? {}) as Record<string, [Value, Value]>)
                .filter((change): change is [keyof typeof labelKeys, [Value, Value]] => change[0] in labelKeys)
                .map(([field, [before, after]]) => (
                  <li key={field} className="break-words">
                    <span className="text-muted-foreground">{t("editedField", { field: tReq(labelKeys[field]) })} </span>
                    <span className="line-through decoration-muted-foreground/60">{shown(field, before)}</span>
                    {" → "}
                    <span className="font-medium">{shown(field, after)}</span>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
