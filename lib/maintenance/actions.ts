"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../safe-action";
import { cancelMaintenance } from "./cancel-maintenance";
import { createMaintenance } from "./create-maintenance";
import { maintenanceSchema } from "./schemas";
import { updateMaintenance } from "./update-maintenance";

/** Thin adapters over the maintenance services, which check permissions. */
const id = z.string().trim().min(1).max(40);
const refresh = () => revalidatePath("/livepulse", "layout");

export const createMaintenanceAction = userActionClient.inputSchema(maintenanceSchema).action(async ({ parsedInput, ctx }) => {
  const window = await createMaintenance(ctx.user, parsedInput);
  refresh();
  return { id: window.id };
});

export const updateMaintenanceAction = userActionClient
  .inputSchema(z.object({ id, maintenance: maintenanceSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const window = await updateMaintenance(ctx.user, parsedInput.id, parsedInput.maintenance);
    refresh();
    return { id: window.id };
  });

export const cancelMaintenanceAction = userActionClient.inputSchema(z.object({ id })).action(async ({ parsedInput, ctx }) => {
  const window = await cancelMaintenance(ctx.user, parsedInput.id);
  refresh();
  return { id: window.id };
});
