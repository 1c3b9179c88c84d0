import { getTranslations } from "next-intl/server";
import type { OperationReference } from "@/lib/openapi/reference";
import { FieldsBlock, FieldTable } from "./field-table";
import { MarkdownText } from "./markdown-text";
import { MethodBadge } from "./method-badge";
import { TryRequest } from "./try-request";

function Part({ title, children }: { title: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <h4 className="text-sm font-semibold">{title}</h4>
      {children}
    </div>
  );
}

/** One route: what it does, who may call it, its parameters, body, answer and errors, an example, and "Try it". */
export async function OperationSection({ operation }: { operation: OperationReference }) {
  const t = await getTranslations("apiReference");
  const { body, answer } = operation;
  return (
    <section
      id={operation.id}
      className="flex scroll-mt-20 flex-col gap-4 rounded-lg border bg-card p-4 sm:p-6"
      aria-labelledby={`${operation.id}-title`}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={`${operation.id}-title`} className="flex min-w-0 items-center gap-2">
          <MethodBadge method={operation.method} />
          <code className="font-mono text-sm font-medium break-all">{operation.path}</code>
        </h3>
        <TryRequest
          method={operation.method}
          path={operation.path}
          pathParameters={operation.pathParameters.map((p) => ({ name: p.name, type: p.type }))}
          queryParameters={operation.queryParameters.map((p) => ({ name: p.name, type: p.type, required: p.required }))}
          body={
            operation.body && operation.body.fields ? { mediaType: operation.body.mediaType, example: operation.body.example ?? "" } : null
          }
        />
      </div>
      <p className="font-medium wrap-anywhere">
        <MarkdownText text={operation.summary} inline />
      </p>
      <MarkdownText text={operation.description} />
      {operation.pathParameters.length > 0 && (
        <Part title={t("pathParameters")}>
          <FieldTable rows={operation.pathParameters} withRequired />
        </Part>
      )}
      {operation.queryParameters.length > 0 && (
        <Part title={t("queryParameters")}>
          <FieldTable rows={operation.queryParameters} withRequired />
        </Part>
      )}
      {body && (
        <Part
          title={
            <>
              {t("body")} <code className="font-mono text-xs font-normal">{body.mediaType}</code>
              {!body.required && <span className="font-normal text-muted-foreground"> ({t("optional")})</span>}
            </>
          }
        >
          {body.fields ? <FieldsBlock fields={body.fields} withRequired /> : <p className="text-sm">{t("rawBytes")}</p>}
        </Part>
      )}
      <Part
        title={
          <>
            {t("answer")} <code className="font-mono text-xs font-normal">{answer.status}</code>
            {answer.mediaType && !answer.fields && <code className="font-mono text-xs font-normal"> {answer.mediaType}</code>}
            {!answer.mediaType && answer.status === "204" && <span className="font-normal text-muted-foreground"> ({t("noContent")})</span>}
          </>
        }
      >
        {answer.fields && <FieldsBlock fields={answer.fields} withRequired={false} />}
        {operation.repeats.map((repeat) => (
          <p key={repeat.status} className="text-sm">
            <code className="font-mono text-xs">{repeat.status}</code> <MarkdownText text={repeat.description} inline />
          </p>
        ))}
      </Part>
      {operation.errors.length > 0 && (
        <Part title={t("errors")}>
          <ul className="flex flex-wrap gap-1.5">
            {operation.errors.map((error) => (
              <li key={error.code} className="rounded border px-1.5 py-0.5 font-mono text-xs">
                {error.status} {error.code}
              </li>
            ))}
          </ul>
        </Part>
      )}
      <details className="group">
        <summary className="cursor-pointer text-sm font-semibold">{t("example")}</summary>
        <div className="mt-2 flex flex-col gap-2" data-scroll-x>
          <pre className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">{operation.curl}</pre>
          {answer.example && <pre className="max-h-96 overflow-auto rounded-md bg-muted p-3 font-mono text-xs">{answer.example}</pre>}
        </div>
      </details>
    </section>
  );
}
