import type { SlaAlert } from '@khen/domain';

/** A way to tell people a case stalls. Throwing makes the activity retry. */
export interface AlertChannel {
  readonly name: string;
  send(alert: SlaAlert): Promise<void>;
}

export const ALERT_CHANNELS = Symbol('ALERT_CHANNELS');
