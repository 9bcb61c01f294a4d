import { SIGNED_DECISION_CODE } from '@khen/domain';
import type { CommandAccepted } from '@khen/workflows/nomination.contract';
import type { Send } from '../cases/case-commands.service';
import type { DecisionDto } from '../nominations/dto/commands.dto';

/** Refuses a draft hash that is not a decision draft of the case (PaperworkService.assertDraftOf). */
export type SignedDraftCheck = (draftSha256: string) => Promise<void>;

/**
 * The command a decision form stands for: sign, reject with a reason code, or forward upward. A signed
 * award that names its draft is sent only when the draft is one Khen drafted for this case.
 */
export async function sendDecision(dto: DecisionDto, send: Send, draftOf: SignedDraftCheck): Promise<CommandAccepted> {
  switch (dto.outcome) {
    case 'AWARD':
      if (dto.signedDocument?.draftSha256) await draftOf(dto.signedDocument.draftSha256);
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
