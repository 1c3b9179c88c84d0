import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FieldRow, Fields } from "@/lib/openapi/reference";
import { MarkdownText } from "./markdown-text";

/** Parameters or an object's fields: name, type, whether it is required (`withRequired`), and what it accepts. */
export async function FieldTable({ rows, withRequired }: { rows: FieldRow[]; withRequired: boolean }) {
  const t = await getTranslations("apiReference");
  return (
    <Table className="text-xs">
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead>{t("type")}</TableHead>
          {withRequired && <TableHead>{t("required")}</TableHead>}
          <TableHead>{t("about")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <TableCell className="font-mono font-medium">{row.name}</TableCell>
            <TableCell className="max-w-60 font-mono break-words text-muted-foreground">{row.type}</TableCell>
            {withRequired && <TableCell>{row.required ? t("yes") : t("no")}</TableCell>}
            <TableCell className="min-w-48">{row.notes && <MarkdownText text={row.notes} inline />}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A body's or an answer's fields, or the type of a value that is not an object. */
export async function FieldsBlock({ fields, withRequired }: { fields: Fields; withRequired: boolean }) {
  const t = await getTranslations("apiReference");
  if (fields.kind === "type")
    return (
      <p className="text-sm">
        {t("ofType")} <code className="font-mono text-xs">{fields.type}</code>
      </p>
    );
  return (
    <>
      {fields.each && <p className="text-sm text-muted-foreground">{t("each")}</p>}
      <FieldTable rows={fields.rows} withRequired={withRequired} />
    </>
  );
}
