import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

type Problem = { field: string; message: string };

/** What is wrong with a hand-edited or outdated link, field by field, and the way back to the whole log. */
export async function BadFilters({ problems }: { problems: Problem[] }) {
  const t = await getTranslations("audit");
  const field = (name: string) => (t.has(`fields.${name}` as never) ? t(`fields.${name}` as never) : name);
  const message = (key: string) => (t.has(`problems.${key}` as never) ? t(`problems.${key}` as never) : t("problems.other"));
  return (
    <Alert variant="destructive" role="alert">
      <TriangleAlert aria-hidden="true" />
      <AlertTitle>{t("badFilters")}</AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {problems.map((problem) => (
            <li key={`${problem.field}-${problem.message}`}>
              <span className="font-medium">{field(problem.field)}</span> — {message(problem.message)}
            </li>
          ))}
        </ul>
        <p>
          {t("badFiltersHint")}{" "}
          <Link href="/admin/audit" className="font-medium underline underline-offset-4">
            {t("reset")}
          </Link>
        </p>
      </AlertDescription>
    </Alert>
  );
}
