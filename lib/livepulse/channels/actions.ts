"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../../safe-action";
import { createAlertChannel } from "./create-alert-channel";
import { deleteAlertChannel } from "./delete-alert-channel";
import { revealChannelSecret } from "./queries";
import { rotateChannelSecret } from "./rotate-channel-secret";
import { alertChannelSchema, channelIdSchema } from "./schemas";
import { sendChannelTest } from "./send-channel-test";
import { updateAlertChannel } from "./update-alert-channel";

/** Thin adapters over the channel services, which check permissions. */
const refresh = () => revalidatePath("/livepulse/alerts", "layout");

export const createAlertChannelAction = userActionClient.inputSchema(alertChannelSchema).action(async ({ parsedInput, ctx }) => {
  const channel = await createAlertChannel(ctx.user, parsedInput);
  refresh();
  return { id: channel.id, secret: channel.secret };
});

export const updateAlertChannelAction = userActionClient
  .inputSchema(z.object({ id: channelIdSchema.shape.id, channel: alertChannelSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const channel = await updateAlertChannel(ctx.user, parsedInput.id, parsedInput.channel);
    refresh();
    return { id: channel.id, secret: channel.secret };
  });

export const deleteAlertChannelAction = userActionClient.inputSchema(channelIdSchema).action(async ({ parsedInput, ctx }) => {
  const result = await deleteAlertChannel(ctx.user, parsedInput.id);
  refresh();
  return result;
});

export const sendChannelTestAction = userActionClient.inputSchema(channelIdSchema).action(async ({ parsedInput, ctx }) => {
  const delivery = await sendChannelTest(ctx.user, parsedInput.id);
  refresh();
  return { id: delivery.id, status: delivery.status, lastError: delivery.lastError };
});

export const revealChannelSecretAction = userActionClient
  .inputSchema(channelIdSchema)
  .action(async ({ parsedInput, ctx }) => revealChannelSecret(ctx.user, parsedInput.id));

export const rotateChannelSecretAction = userActionClient.inputSchema(channelIdSchema).action(async ({ parsedInput, ctx }) => {
  const result = await rotateChannelSecret(ctx.user, parsedInput.id);
  refresh();
  return result;
});
