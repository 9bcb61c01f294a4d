import { isRefusal, refusal } from './refusal';

describe('isRefusal', () => {
  it('is true of a refusal only', () => {
    expect(isRefusal(refusal('DIRECTORY_RECORD_NOT_FOUND', 'Không tìm thấy đơn vị', 'Unit not found'))).toBe(true);
    expect(isRefusal({ refused: true })).toBe(true);
  });

  it('is false, without throwing, of anything else', () => {
    for (const v of [null, undefined, 0, '', 'refused', [], [{ type: 'DossierSubmitted' }], {}, { refused: 'yes' }])
      expect(isRefusal(v)).toBe(false);
  });
});
