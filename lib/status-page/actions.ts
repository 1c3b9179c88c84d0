"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../safe-action";
import { declareIncident } from "./declare-incident";
import { postIncidentUpdate } from "./post-incident-update";
import { declareIncidentSchema, incidentUpdateSchema, publicationSchema } from "./schemas";
import { updatePublication } from "./update-publication";

/** Thin adapters over the status page's services, which check permissions. */
const id = z.string().trim().min(1).max(40);
const refresh = () => revalidatePath("/livepulse", "layout");

export const declareIncidentAction = userActionClient.inputSchema(declareIncidentSchema).action(async ({ parsedInput, ctx }) => {
  const incident = await declareIncident(ctx.user, parsedInput);
  refresh();
  return { id: incident.id };
});

export const postIncidentUpdateAction = userActionClient
  .inputSchema(z.object({ id, update: incidentUpdateSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const update = await postIncidentUpdate(ctx.user, parsedInput.id, parsedInput.update);
    refresh();
    return { id: update.id };
  });

export const updatePublicationAction = userActionClient
  .inputSchema(z.object({ id, publication: publicationSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const service = await updatePublication(ctx.user, parsedInput.id, parsedInput.publication);
    refresh();
    return { id: service.id, published: service.published };
  });
