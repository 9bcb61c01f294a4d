import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { NominationCommand, TaskType } from '@khen/domain';
import type { HumanCommandType } from '@khen/workflows/nomination.contract';
import {
  AppraiseDto,
  DecisionDto,
  HigherDecisionDto,
  RequestSupplementDto,
  ResolveObjectionDto,
  SupplementDto,
  VoteDto,
} from '../nominations/dto/commands.dto';
import { decisionCommand } from '../decisions/decisions.controller';
import { ProblemException } from '../problem/problem.exception';
import { toFieldErrors } from '../problem/validation-messages';

/** What completing a task sends: the task type picks the Update, the body is that Update's form. */
export type Completion = { type: HumanCommandType; command: NominationCommand; vote?: VoteDto['choice'] };

async function parse<T extends object>(cls: new () => T, body: unknown): Promise<T> {
  const dto = plainToInstance(cls, body ?? {});
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const fields = toFieldErrors(errors);
    throw new ProblemException(
      400,
      'VALIDATION_FAILED',
      `Dữ liệu không hợp lệ: ${fields.map((e) => e.reason).join('; ')}.`,
      `Invalid input: ${fields.map((e) => e.reasonEn).join('; ')}.`,
      { field: fields[0]?.field, errors: fields },
    );
  }
  return dto;
}

export async function completionFor(
  taskType: TaskType,
  slot: string,
  body: Record<string, unknown>,
): Promise<Completion> {
  switch (taskType) {
    case 'APPRAISE_DOSSIER':
      if (body?.action === 'REQUEST_SUPPLEMENT') {
        const { action: _a, ...rest } = body;
        const d = await parse(RequestSupplementDto, rest);
        return { type: 'RequestSupplement', command: { type: 'RequestSupplement', missing: d.missing, note: d.note } };
      } else {
        const { action: _a, ...rest } = body ?? {};
        const d = await parse(AppraiseDto, rest);
        return {
          type: 'AppraiseDossier',
          command: { type: 'AppraiseDossier', opinion: d.opinion, sessionId: d.sessionId },
        };
      }
    case 'SUPPLEMENT_DOSSIER': {
      const d = await parse(SupplementDto, body);
      return {
        type: 'SupplementDossier',
        command: { type: 'SupplementDossier', documents: d.documents, achievements: d.achievements },
      };
    }
    case 'CAST_VOTE': {
      const d = await parse(VoteDto, body);
      return { type: 'CastVote', command: { type: 'CastVote', sealedChoice: '' }, vote: d.choice };
    }
    case 'RESOLVE_OBJECTION': {
      const d = await parse(ResolveObjectionDto, body);
      return {
        type: 'ResolveObjection',
        command: {
          type: 'ResolveObjection',
          objectionId: slot.slice('RESOLVE_OBJECTION:'.length),
          outcome: d.outcome,
          note: d.note,
        },
      };
    }
    case 'SIGN_DECISION': {
      const [type, command] = decisionCommand(await parse(DecisionDto, body));
      return { type, command };
    }
    case 'RECORD_HIGHER_DECISION': {
      const d = await parse(HigherDecisionDto, body);
      return { type: 'RecordHigherDecision', command: { type: 'RecordHigherDecision', ...d } };
    }
    case 'ESCALATION':
      throw new ProblemException(
        409,
        'ESCALATION_CLOSES_ITSELF',
        'Việc quá hạn tự đóng khi hồ sơ chuyển bước; hãy xử lý hồ sơ hoặc gia hạn.',
        'An escalation closes by itself when the case moves on; act on the case or extend its deadline.',
        { field: 'taskId' },
      );
  }
}
