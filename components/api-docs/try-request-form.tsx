"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";

export type TryRequestProps = {
  method: string;
  path: string;
  /** The parameters in the path, each required, and those of the query; each field shows its type until filled. */
  pathParameters: Array<{ name: string; type: string }>;
  queryParameters: Array<{ name: string; type: string; required: boolean }>;
  /** A body the route takes as text (JSON or a form), prefilled with its example; null without one. */
  body: { mediaType: string; example: string } | null;
};

type Answer = { status: number; statusText: string; text: string; ms: number } | { failure: string };

/** Answers longer than this are cut: the dialog shows what a person reads, not a whole export. */
const shownCharacters = 100_000;

/** The route's URL with the values typed in: path parameters in place, query parameters with a value. */
function urlOf(path: string, values: Record<string, string>, query: TryRequestProps["queryParameters"]): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[`path.${name}`] ?? ""));
  const search = new URLSearchParams();
  for (const { name } of query) if (values[`query.${name}`]) search.set(name, values[`query.${name}`]);
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

/** Calls the route and reads its whole answer, timed. */
async function call(url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    return { status: response.status, statusText: response.statusText, text, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * Calls the route from this page: same origin, so the browser sends the session cookie and the
 * Origin the API's same-origin rule asks of a write; or with a pasted token instead.
 */
export function TryRequestForm({ method, path, pathParameters, queryParameters, body }: TryRequestProps) {
  const t = useTranslations("apiReference.try");
  const [values, setValues] = useState<Record<string, string>>({});
  const [bodyText, setBodyText] = useState(body?.example ?? "");
  const [token, setToken] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const set = (key: string) => (event: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: event.target.value }));
  const fields = [
    ...pathParameters.map(({ name, type }) => ({ key: `path.${name}`, name, type, required: true })),
    ...queryParameters.map(({ name, type, required }) => ({ key: `query.${name}`, name, type, required })),
  ];

  async function send(event: React.FormEvent) {
    event.preventDefault();
    const empty = fields.filter((field) => field.required && !values[field.key]?.trim()).map((field) => field.key);
    setMissing(empty);
    if (empty.length) return;
    setSending(true);
    const headers: Record<string, string> = {};
    if (token.trim()) headers.authorization = `Bearer ${token.trim()}`;
    if (body) headers["content-type"] = body.mediaType;
    setAnswer(
      await call(urlOf(path, values, queryParameters), {
        method: method.toUpperCase(),
        headers,
        body: body ? bodyText : undefined,
        credentials: "same-origin",
      }),
    );
    setSending(false);
  }

  return (
    <form className="flex min-w-0 flex-col gap-4" onSubmit={send} noValidate>
      {fields.map((field) => (
        <div key={field.key} className="flex flex-col gap-1.5">
          <Label htmlFor={`try-${field.key}`} className="font-mono">
            {field.name}
            {field.required && <span aria-hidden="true"> *</span>}
          </Label>
          <Input
            id={`try-${field.key}`}
            value={values[field.key] ?? ""}
            onChange={set(field.key)}
            placeholder={field.type}
            aria-required={field.required}
            aria-invalid={missing.includes(field.key) || undefined}
            aria-describedby={missing.includes(field.key) ? `try-${field.key}-error` : undefined}
            autoComplete="off"
          />
          {missing.includes(field.key) && (
            <p id={`try-${field.key}-error`} className="text-xs text-destructive">
              {t("requiredField")}
            </p>
          )}
        </div>
      ))}
      {body && (
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="try-body">{t("body", { type: body.mediaType })}</Label>
          <Textarea
            id="try-body"
            value={bodyText}
            onChange={(event) => setBodyText(event.target.value)}
            className="min-h-40 font-mono text-xs"
            spellCheck={false}
          />
        </div>
      )}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="try-token">{t("token")}</Label>
        <Input
          id="try-token"
          type="password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          placeholder="orb_…"
          autoComplete="off"
          aria-describedby="try-token-hint"
        />
        <p id="try-token-hint" className="text-xs text-muted-foreground">
          {t("tokenHint")}
        </p>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={sending}>
          {sending ? t("sending") : t("send")}
        </Button>
      </div>
      <div aria-live="polite" className="min-w-0">
        {answer && "failure" in answer && (
          <p className="text-sm text-destructive" role="alert">
            {t("failed", { message: answer.failure })}
          </p>
        )}
        {answer && "status" in answer && (
          <div className="flex min-w-0 flex-col gap-2" data-testid="try-answer">
            <p className="flex items-center gap-2 text-sm font-medium">
              {t("answer")}
              <span
                className={cn(
                  "rounded px-1.5 py-0.5 font-mono text-xs",
                  answer.status < 300
                    ? "bg-success text-success-foreground"
                    : answer.status < 500
                      ? "bg-warning text-warning-foreground"
                      : "bg-destructive text-white",
                )}
              >
                {t("status", { status: `${answer.status} ${answer.statusText}`.trim() })}
              </span>
              <span className="text-xs font-normal text-muted-foreground">{t("duration", { ms: answer.ms })}</span>
            </p>
            <pre className="max-h-80 overflow-auto rounded-md bg-muted p-3 font-mono text-xs" data-scroll-x>
              {answer.text ? pretty(answer.text.slice(0, shownCharacters)) : t("empty")}
            </pre>
          </div>
        )}
      </div>
    </form>
  );
}
