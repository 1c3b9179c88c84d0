"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../../safe-action";
import { monitorSchema, monitorUpdateSchema } from "./schemas";
import { checkMonitorNow } from "./check-monitor-now";
import { createMonitor } from "./create-monitor";
import { deleteMonitor } from "./delete-monitor";
import { updateMonitor } from "./update-monitor";

/** Thin adapters over the monitor service, which checks permissions. */
const id = z.string().trim().min(1).max(40);
const refresh = () => revalidatePath("/livepulse", "layout");

export const createMonitorAction = userActionClient.inputSchema(monitorSchema).action(async ({ parsedInput, ctx }) => {
  const monitor = await createMonitor(ctx.user, parsedInput);
  refresh();
  return { id: monitor.id };
});

export const updateMonitorAction = userActionClient
  .inputSchema(z.object({ id, monitor: monitorUpdateSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const monitor = await updateMonitor(ctx.user, parsedInput.id, parsedInput.monitor);
    refresh();
    return { id: monitor.id };
  });

export const deleteMonitorAction = userActionClient.inputSchema(z.object({ id })).action(async ({ parsedInput, ctx }) => {
  const result = await deleteMonitor(ctx.user, parsedInput.id);
  refresh();
  return result;
});

export const checkMonitorNowAction = userActionClient.inputSchema(z.object({ id })).action(async ({ parsedInput, ctx }) => {
  const monitor = await checkMonitorNow(ctx.user, parsedInput.id);
  refresh();
  return { id: monitor.id, status: monitor.lastStatus, latencyMs: monitor.lastLatencyMs, error: monitor.lastError };
});
