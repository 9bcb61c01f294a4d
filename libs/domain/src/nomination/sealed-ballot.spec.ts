import { decide } from './nomination.decider';
import type { NominationCommand } from './nomination.commands';
import type { NominationState } from './nomination.state';
import { ballotOpen, ctx, member, office } from './testing/fixtures';

// A sealed choice is an opaque base64url token of 16 to 512 characters: a ballot in clear, or anything
// else, is refused the same way whether a member casts it or the office records a written opinion.
const cast = (sealedChoice: string) => decide(ballotOpen(), { type: 'CastVote', sealedChoice }, ctx(member('m1')));
const written = (sealedChoice: string) =>
  decide(ballotOpen(), { type: 'RecordWrittenOpinion', memberId: 'm3', sealedChoice }, ctx(office));

const VALID: [string, string][] = [
  ['16 lower-case letters, the shortest', 'a'.repeat(16)],
  ['upper-case letters', 'Z'.repeat(16)],
  ['digits', '0123456789012345'],
  ['underscores and dashes', '_-'.repeat(8)],
  ['512 characters, the longest', 'A'.repeat(512)],
];
const INVALID: [string, string][] = [
  ['15 characters', 'a'.repeat(15)],
  ['513 characters', 'a'.repeat(513)],
  ['a choice in clear', 'APPROVE'],
  ['a padding sign after a valid token', `${'a'.repeat(16)}=`],
  ['a plus sign before a valid token', `+${'a'.repeat(16)}`],
  ['a space inside', `${'a'.repeat(8)} ${'a'.repeat(8)}`],
  ['a slash inside', `${'a'.repeat(8)}/${'a'.repeat(8)}`],
  ['a newline at the end', `${'a'.repeat(16)}\n`],
  ['letters outside ASCII', 'ă'.repeat(16)],
  ['nothing', ''],
];

describe.each([
  ['a vote cast in session', cast, 'VoteCast'],
  ['a written opinion', written, 'WrittenOpinionRecorded'],
] as const)('the seal check of %s', (_name, record, event) => {
  it.each(VALID)('takes a seal of %s', (_what, sealedChoice) => {
    expect(record(sealedChoice)).toEqual(expect.arrayContaining([expect.objectContaining({ type: event })]));
  });

  it.each(INVALID)('refuses a seal of %s, at the choice field', (_what, sealedChoice) => {
    expect(record(sealedChoice)).toMatchObject({ refused: true, code: 'SEALED_BALLOT_INVALID', field: 'choice' });
  });
});

describe('a written opinion is checked like a vote, before its seal', () => {
  let s: NominationState;
  beforeAll(() => {
    s = ballotOpen();
  });
  const opinion = (over: Partial<Extract<NominationCommand, { type: 'RecordWrittenOpinion' }>>) =>
    decide(s, { type: 'RecordWrittenOpinion', memberId: 'm3', sealedChoice: 'bad', ...over }, ctx(office));

  it('names the refusal of the member first, whatever the seal', () => {
    expect(opinion({ memberId: 'x' })).toMatchObject({ code: 'NOT_A_COUNCIL_MEMBER' });
    expect(opinion({ memberId: 'm4' })).toMatchObject({ code: 'MEMBER_RECUSED' });
    expect(opinion({})).toMatchObject({ code: 'SEALED_BALLOT_INVALID' });
  });
});
