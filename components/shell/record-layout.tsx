import type { ReactNode } from "react";

/**
 * The layout of a detail page (`[id]/layout.tsx`): it reads the page's record (`pageRecord`) before
 * anything streams, so a record the user may not see answers a real 404, and the `loading.tsx` beside
 * the page only shows while the rest of an existing record's page loads.
 */
export function recordLayout(record: (id: string) => Promise<unknown>) {
  return async function RecordLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
    await record((await params).id);
    return children;
  };
}
