import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@khen/domain';
import type { ProblemException } from './problem.exception';

/** Whom and what a refusal answered. */
export interface Refused {
  correlationId?: string;
  actor?: Actor;
  /** Method and path. */
  what: string;
}

/**
 * One line per refusal (docs/architecture.md §5): the correlation id, who (user id and role), what
 * (method and path, and the case for an item of a list) and why (status, code and the English reason).
 */
@Injectable()
export class RefusalLog {
  private readonly logger = new Logger('Refusal');

  refused(at: Refused, p: ProblemException, item?: string): void {
    this.logger.warn(refusalLine(at, p, item));
  }
}

export function refusalLine(at: Refused, p: ProblemException, item?: string): string {
  const who = at.actor ? `user=${at.actor.userId} role=${at.actor.role}` : 'user=anonymous role=none';
  const what = item ? `${at.what} (${item})` : at.what;
  return `refused [${at.correlationId || '-'}] ${who} ${what}: ${p.status} ${p.code} ${p.messageEn}`;
}
