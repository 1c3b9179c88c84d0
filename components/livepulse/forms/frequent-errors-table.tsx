import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FrequentError } from "@/lib/livepulse/forms/funnel";
import { CircleCheck } from "lucide-react";

/** Field names as the form labels them, where the form's field and its label differ. */
const fieldLabels: Record<string, string> = { planSlug: "plan", cpuCores: "cpu", ramGb: "ram", storageGb: "storage" };

/** The validation errors met most often, with the form's own labels and messages. */
export async function FrequentErrorsTable({ errors }: { errors: FrequentError[] }) {
  const [t, tForm, tMessage] = await Promise.all([
    getTranslations("livepulseForms"),
    getTranslations("request"),
    getTranslations("validation"),
  ]);
  if (errors.length === 0)
    return <EmptyState icon={<CircleCheck />} title={t("noErrors")} titleAs="p" className="mx-6 mb-6 border-0 py-8" />;
  const field = (name: string) => {
    const key = (fieldLabels[name] ?? name) as "plan";
    return tForm.has(key) ? tForm(key) : name;
  };
  const message = (key: string) => (tMessage.has(key as "required") ? tMessage(key as "required") : key);
  return (
    <Table>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="pl-6">{t("columns.field")}</TableHead>
          <TableHead>{t("columns.message")}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t("columns.sessions")}</TableHead>
          <TableHead className="pr-6 text-right">{t("columns.occurrences")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {errors.map((error) => (
          <TableRow key={`${error.field}:${error.message}`} data-testid="form-error-row">
            {/* Long messages wrap, and the sessions column waits for a wider screen: nothing scrolls sideways on a phone. */}
            <TableCell className="pl-6 font-medium sm:whitespace-normal">{field(error.field)}</TableCell>
            <TableCell className="text-muted-foreground sm:whitespace-normal">{message(error.message)}</TableCell>
            <TableCell className="hidden text-right tabular-nums sm:table-cell">{error.sessions}</TableCell>
            <TableCell className="pr-6 text-right tabular-nums">{error.occurrences}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
