import type { Refusal } from '../refusal';
import { refuseInitiative } from './initiative.refusals';
import type { InitiativeCommand, InitiativeContext, InitiativeEvent, InitiativeState } from './initiative.types';

const blank = (s: string | undefined) => !s || !s.trim();

/**
 * The initiative registry's decider (docs/initiatives.md): what a filing or an assessment records, or why it is
 * refused; a refusal records nothing.
 */
export function decideInitiative(
  state: InitiativeState | null,
  command: InitiativeCommand,
  ctx: InitiativeContext,
): InitiativeEvent[] | Refusal {
  switch (command.type) {
    case 'FileInitiative': {
      if (state) return refuseInitiative.exists(command.initiativeId);
      if (blank(command.title)) return refuseInitiative.required('title', 'tên sáng kiến', 'title');
      if (command.authors.length === 0) return refuseInitiative.required('authors', 'ít nhất một tác giả', 'author');
      for (const [i, a] of command.authors.entries()) {
        if (blank(a.name)) return refuseInitiative.required(`authors[${i}].name`, 'họ tên tác giả', "author's name");
        if (blank(a.key))
          return refuseInitiative.required(`authors[${i}].key`, 'mã định danh tác giả', "author's identifier");
      }
      const keys = command.authors.map((a) => a.key.trim());
      const twice = keys.find((k, i) => keys.indexOf(k) !== i);
      if (twice) return refuseInitiative.authorTwice(twice);
      if (ctx.actor.role === 'UNIT_OFFICER' && ctx.actor.unitId !== command.unitId)
        return refuseInitiative.notOwnUnit(command.unitId);
      if (!ctx.unitKnown) return refuseInitiative.unitUnknown(command.unitId);
      if (command.year > Number(ctx.today.slice(0, 4))) return refuseInitiative.yearInFuture(command.year, ctx.today);
      return [
        {
          type: 'InitiativeFiled',
          data: {
            initiativeId: command.initiativeId,
            title: command.title.trim(),
            ...(blank(command.summary) ? {} : { summary: command.summary!.trim() }),
            unitId: command.unitId,
            year: command.year,
            authors: command.authors.map((a) => ({
              key: a.key.trim(),
              name: a.name.trim(),
              ...(blank(a.userId) ? {} : { userId: a.userId!.trim() }),
            })),
            filedBy: ctx.actor.userId,
            filedOn: ctx.today,
          },
        },
      ];
    }
    case 'AssessInitiative': {
      if (!state) return refuseInitiative.notFound(command.initiativeId);
      if (state.assessment)
        return refuseInitiative.alreadyAssessed(state.assessment.recognised, state.assessment.decidedOn);
      const me = ctx.actor.userId;
      if (state.authors.some((a) => a.userId === me || a.key === me)) return refuseInitiative.assessorIsAuthor();
      if (command.recognised && !command.scope)
        return refuseInitiative.required('scope', 'phạm vi ảnh hưởng của sáng kiến được công nhận', 'scope of effect');
      if (!command.recognised && blank(command.reason))
        return refuseInitiative.required('reason', 'lý do không công nhận', 'reason for not recognising it');
      if (command.decidedOn > ctx.today) return refuseInitiative.dateInFuture(command.decidedOn, ctx.today);
      if (Number(command.decidedOn.slice(0, 4)) < state.year)
        return refuseInitiative.dateBeforeYear(command.decidedOn, state.year);
      return [
        {
          type: 'InitiativeAssessed',
          data: {
            recognised: command.recognised,
            ...(command.recognised ? { scope: command.scope } : {}),
            decidedOn: command.decidedOn,
            ...(blank(command.reason) ? {} : { reason: command.reason!.trim() }),
            ...(blank(command.decisionNumber) ? {} : { decisionNumber: command.decisionNumber!.trim() }),
            assessedBy: me,
          },
        },
      ];
    }
  }
}

export function evolveInitiative(state: InitiativeState | null, event: InitiativeEvent): InitiativeState | null {
  switch (event.type) {
    case 'InitiativeFiled':
      return { ...event.data, status: 'FILED' };
    case 'InitiativeAssessed':
      return (
        state && { ...state, status: event.data.recognised ? 'RECOGNISED' : 'NOT_RECOGNISED', assessment: event.data }
      );
  }
}
