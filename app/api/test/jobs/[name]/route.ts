import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { isJobName, runJobNow } from "@/lib/jobs";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/test/jobs/{name}",
    summary: "Run a periodic job now and answer when it is done (end-to-end tests). Exists only with TEST_HOOKS=1",
    tags: ["testing"],
    access: "public",
    params: z.object({ name: z.string().max(64) }),
    response: z.object({ ran: z.string() }),
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ params }) => {
    if (!env.testHooks || !isJobName(params.name)) throw new AppError("NOT_FOUND", "Not found.");
    if (!(await runJobNow(params.name))) throw new AppError("CONFLICT", "Background jobs do not run on this instance.");
    return { ran: params.name };
  },
);
