"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** What a route shows when rendering failed (the database out of reach, most often): the details stay in the server log. */
export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  // A server component failed (often the database, for a moment): ask the server again, then re-render.
  const retry = () =>
    startRetry(() => {
      router.refresh();
      reset();
    });
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex min-h-[50vh] items-center justify-center p-6">
      <EmptyState
        icon={<TriangleAlert />}
        title={t("title")}
        description={
          <>
            {t("description")}
            {error.digest && <span className="mt-2 block font-mono text-xs">{error.digest}</span>}
          </>
        }
        action={
          <Button onClick={retry} disabled={retrying}>
            {t("retry")}
          </Button>
        }
      />
    </div>
  );
}
