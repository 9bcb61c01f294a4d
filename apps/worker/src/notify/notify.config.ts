import { z } from 'zod';
import type { AlertChannel } from './alert-channel';
import { LogChannel } from './log.channel';
import { WebhookChannel } from './webhook.channel';

const schema = z.object({
  KHEN_ALERT_WEBHOOK_URL: z.string().url().optional(),
  KHEN_ALERT_WEBHOOK_SECRET: z.string().min(16).optional(),
});

/** Channels from the environment, read once: the log always, a webhook when its URL and secret are set. */
export function alertChannels(env: NodeJS.ProcessEnv = process.env): AlertChannel[] {
  const c = schema.parse(env);
  if (c.KHEN_ALERT_WEBHOOK_URL && !c.KHEN_ALERT_WEBHOOK_SECRET)
    throw new Error('KHEN_ALERT_WEBHOOK_SECRET is required with KHEN_ALERT_WEBHOOK_URL');
  const channels: AlertChannel[] = [new LogChannel()];
  if (c.KHEN_ALERT_WEBHOOK_URL)
    channels.push(new WebhookChannel(c.KHEN_ALERT_WEBHOOK_URL, c.KHEN_ALERT_WEBHOOK_SECRET!));
  return channels;
}
