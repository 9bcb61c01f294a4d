import type { Response } from 'express';
import type { CommandAccepted } from '@khen/workflows/nomination.contract';

export const correlation = (res: Response) => String(res.getHeader('x-correlation-id'));

/** A recorded command answers with the case's new version as its ETag. */
export async function accepted(res: Response, result: Promise<CommandAccepted>): Promise<CommandAccepted> {
  const done = await result;
  res.setHeader('ETag', `"${done.version}"`);
  return done;
}
