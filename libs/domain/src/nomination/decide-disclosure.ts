import type { UploadedDocument } from './dossier-files';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { Primary } from './decide-proposal';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';
import { isOfficeOf, isSystem } from './permissions';
import { claimGate } from './task-gates';

type Of<T extends NominationCommand['type']> = Extract<NominationCommand, { type: T }>;

export const OBJECTION_MAX_LENGTH = 4000;
const evidenceFacts = ({ sha256, size, mediaType, fileName }: UploadedDocument): UploadedDocument => ({
  sha256,
  size,
  mediaType,
  fileName,
});

/** PUBLIC_DISCLOSURE: the list is public, anyone may object, the office resolves (docs/domain.md §5.4). */
export const disclosure = {
  FileObjection(state: NominationState, c: Of<'FileObjection'>, _ctx: DecisionContext): Primary {
    // A retried request carries the same id: it is recorded once.
    if (state.objections.some((o) => o.objectionId === c.objectionId)) return [];
    if (state.status !== 'DISCLOSURE_OPEN') return refuse.disclosureNotOpen();
    const content = c.content.trim();
    if (content.length < 10 || content.length > OBJECTION_MAX_LENGTH)
      return refuse.emptyField(
        'content',
        `nội dung phản ánh (10–${OBJECTION_MAX_LENGTH} ký tự)`,
        `objection text (10–${OBJECTION_MAX_LENGTH} characters)`,
      );
    return [
      {
        type: 'ObjectionFiled',
        data: {
          objectionId: c.objectionId,
          content,
          ...(c.submitterName?.trim() ? { submitterName: c.submitterName.trim() } : {}),
          ...(c.contact?.trim() ? { contact: c.contact.trim() } : {}),
          // Only when files came: an objection without them records the same event as before evidence existed.
          ...(c.evidence?.length ? { evidence: c.evidence.map(evidenceFacts) } : {}),
        },
      },
    ];
  },

  ResolveObjection(state: NominationState, c: Of<'ResolveObjection'>, ctx: DecisionContext): Primary {
    if (!isOfficeOf(ctx.actor, state)) return refuse.notPermitted(c.type, ctx.actor.userId);
    const objection = state.objections.find((o) => o.objectionId === c.objectionId);
    if (!objection) return refuse.objectionNotFound();
    if (objection.outcome) return refuse.objectionResolved();
    const gate = claimGate(state, `RESOLVE_OBJECTION:${c.objectionId}`, ctx.actor);
    if (gate) return gate;
    if (!c.note?.trim()) return refuse.emptyField('note', 'kết quả xem xét ý kiến phản ánh', 'resolution note');
    return [
      {
        type: 'ObjectionResolved',
        data: { objectionId: c.objectionId, outcome: c.outcome, note: c.note.trim(), resolvedBy: ctx.actor.userId },
      },
    ];
  },

  /** The disclosure's durable timer fired (or the workflow found it due). */
  CloseDisclosure(state: NominationState, c: Of<'CloseDisclosure'>, ctx: DecisionContext): Primary {
    if (!isSystem(ctx.actor)) return refuse.notPermitted(c.type, ctx.actor.userId);
    if (state.status !== 'DISCLOSURE_OPEN' || !state.disclosure)
      return refuse.wrongStage(c.type, state.stage, state.status);
    if (Date.parse(ctx.now) < Date.parse(state.disclosure.endsAt))
      return refuse.disclosureNotEnded(state.disclosure.endsAt);
    return [{ type: 'DisclosureClosed', data: { closedAt: ctx.now } }];
  },
};
