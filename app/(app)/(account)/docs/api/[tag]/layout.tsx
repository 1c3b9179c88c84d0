import type { ReactNode } from "react";
import { apiTag } from "./tag";

/** Reads the section before anything streams: an unknown one answers a real 404, not a page that says it. */
export default async function ApiTagLayout({ params, children }: { params: Promise<{ tag: string }>; children: ReactNode }) {
  await apiTag((await params).tag);
  return children;
}
