import { Logger } from '@nestjs/common';
import type { Alert, AlertChannel } from './alert-channel';

/** Always on: every alert in the worker's log, for operators without a webhook. */
export class LogChannel implements AlertChannel {
  readonly name = 'log';
  private readonly logger = new Logger('SlaAlert');

  async send(alert: Alert): Promise<void> {
    this.logger.warn(`${alert.kind} ${alert.idempotencyKey}: ${alert.messageVi}`);
  }
}
