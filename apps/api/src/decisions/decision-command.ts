import { SIGNED_DECISION_CODE } from '@khen/domain';
import type { CommandAccepted } from '@khen/workflows/nomination.contract';
import type { Send } from '../cases/case-commands.service';
import type { DecisionDto } from '../nominations/dto/commands.dto';

/** The command a decision form stands for: sign, reject with a reason code, or forward upward. */
export function sendDecision(dto: DecisionDto, send: Send): Promise<CommandAccepted> {
  switch (dto.outcome) {
    case 'AWARD':
      return send('IssueDecision', () => ({
        decisionNumber: dto.decisionNumber!,
        decisionDate: dto.decisionDate!,
        ...(dto.signedDocument
          ? {
              signedDocument: {
                code: SIGNED_DECISION_CODE,
                title: dto.signedDocument.title ?? `Quyết định số ${dto.decisionNumber!.trim()}`,
                sha256: dto.signedDocument.sha256,
                ...(dto.signedDocument.draftSha256 ? { draftSha256: dto.signedDocument.draftSha256 } : {}),
              },
            }
          : {}),
      }));
    case 'REJECT':
      return send('RejectNomination', () => ({ reasonCode: dto.reasonCode!, reason: dto.reason! }));
    case 'FORWARD':
      return send('ForwardToHigherLevel', () => ({ note: dto.note! }));
  }
}
