import type {
  AppraiseDto,
  ExtendSlaDto,
  HigherDecisionDto,
  RequestSupplementDto,
  ResolveObjectionDto,
  SupplementDto,
} from '../nominations/dto/commands.dto';
import type { CommandBuilder } from './case-commands.service';

/**
 * The bodies of a case's commands, read from their forms: one reading of each form, whether it comes to
 * the command's own route or completes the task that asks for it (apps/api/src/tasks/complete-task.ts).
 */
export const commandBody = {
  requestSupplement:
    (d: RequestSupplementDto): CommandBuilder<'RequestSupplement'> =>
    () => ({ missing: d.missing, note: d.note }),
  appraise:
    (d: AppraiseDto): CommandBuilder<'AppraiseDossier'> =>
    () => ({ opinion: d.opinion, sessionId: d.sessionId }),
  supplement:
    (d: SupplementDto): CommandBuilder<'SupplementDossier'> =>
    () => ({ documents: d.documents, achievements: d.achievements }),
  resolveObjection:
    (objectionId: string, d: ResolveObjectionDto): CommandBuilder<'ResolveObjection'> =>
    () => ({ objectionId, outcome: d.outcome, note: d.note }),
  higherDecision:
    (d: HigherDecisionDto): CommandBuilder<'RecordHigherDecision'> =>
    () => ({ ...d }),
  extendSla:
    (d: ExtendSlaDto): CommandBuilder<'ExtendSla'> =>
    () => ({ extraWorkingDays: d.extraWorkingDays, reason: d.reason }),
};
