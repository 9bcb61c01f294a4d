import { isNominationKind, NOMINATION_KINDS } from './kinds';
import { AUTHORITY_LEVELS, isAuthorityLevel } from './levels';

// The type guards the HTTP edge and the directory use on values read from outside.
describe('isNominationKind', () => {
  it.each(NOMINATION_KINDS)('accepts %s', (kind) => expect(isNominationKind(kind)).toBe(true));

  it.each([['cong_trang'], [''], ['PROVINCE'], [undefined], [null], [1], [['CONG_TRANG']], [{ kind: 'CONG_TRANG' }]])(
    'refuses %p',
    (value) => expect(isNominationKind(value)).toBe(false),
  );
});

describe('isAuthorityLevel', () => {
  it.each(AUTHORITY_LEVELS)('accepts %s', (level) => expect(isAuthorityLevel(level)).toBe(true));

  it.each([['province'], [''], ['CONG_TRANG'], [undefined], [null], [2], [['PROVINCE']], [{ level: 'PROVINCE' }]])(
    'refuses %p',
    (value) => expect(isAuthorityLevel(value)).toBe(false),
  );
});
