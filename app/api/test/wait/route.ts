import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/test/wait",
    summary: "Answer after `ms` milliseconds: a request in flight for the shutdown test. Exists only with TEST_HOOKS=1",
    tags: ["testing"],
    access: "public",
    query: z.object({ ms: z.coerce.number().int().min(0).max(10_000) }),
    response: z.object({ waitedMs: z.number().int() }),
    errors: ["NOT_FOUND"],
  },
  async ({ query }) => {
    if (!env.testHooks) throw new AppError("NOT_FOUND", "Not found.");
    await new Promise((resolve) => setTimeout(resolve, query.ms));
    return { waitedMs: query.ms };
  },
);
