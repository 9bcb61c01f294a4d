import type { TaskType } from '@khen/domain';
import type { CommandAccepted } from '@khen/workflows/nomination.contract';
import type { Send } from '../cases/case-commands.service';
import { commandBody } from '../cases/command-bodies';
import type { BallotSealer } from '../council/ballot-sealer';
import { sendDecision, type SignedDraftCheck } from '../decisions/decision-command';
import {
  AppraiseDto,
  DecisionDto,
  HigherDecisionDto,
  RequestSupplementDto,
  ResolveObjectionDto,
  SupplementDto,
  VoteDto,
} from '../nominations/dto/commands.dto';
import { problem } from '../problem/problem.exception';
import { validated } from '../problem/validation-messages';

/** Completing a task: the task type picks the Update, the body is that Update's form. */
export type Completion = (send: Send) => Promise<CommandAccepted>;

/** The form checked as the route of its command would check it (the global validation). */
const parse = validated;

export async function completionFor(
  task: { type: TaskType; slot: string },
  body: Record<string, unknown>,
  sealer: BallotSealer,
  draftOf: SignedDraftCheck,
): Promise<Completion> {
  switch (task.type) {
    case 'APPRAISE_DOSSIER': {
      const { action, ...rest } = body ?? {};
      if (action === 'REQUEST_SUPPLEMENT') {
        const d = await parse(RequestSupplementDto, rest);
        return (send) => send('RequestSupplement', commandBody.requestSupplement(d));
      }
      const d = await parse(AppraiseDto, rest);
      return (send) => send('AppraiseDossier', commandBody.appraise(d));
    }
    case 'SUPPLEMENT_DOSSIER': {
      const d = await parse(SupplementDto, body);
      return (send) => send('SupplementDossier', commandBody.supplement(d));
    }
    case 'CAST_VOTE': {
      const d = await parse(VoteDto, body);
      return (send) => send('CastVote', sealer.vote(d.choice));
    }
    case 'RESOLVE_OBJECTION': {
      const d = await parse(ResolveObjectionDto, body);
      const objectionId = task.slot.slice('RESOLVE_OBJECTION:'.length);
      return (send) => send('ResolveObjection', commandBody.resolveObjection(objectionId, d));
    }
    case 'SIGN_DECISION': {
      const d = await parse(DecisionDto, body);
      return (send) => sendDecision(d, send, draftOf);
    }
    case 'RECORD_HIGHER_DECISION': {
      const d = await parse(HigherDecisionDto, body);
      return (send) => send('RecordHigherDecision', commandBody.higherDecision(d));
    }
    case 'ESCALATION':
      throw problem('ESCALATION_CLOSES_ITSELF');
  }
}
