import 'reflect-metadata';
import { ArrayMinSize, IsBoolean, IsInt, IsNumber, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { validated, viReason } from './validation-messages';
import type { FieldError, ProblemException } from './problem.exception';

class Sample {
  @IsInt() @Min(1) @Max(2_147_483_647) count!: number;
  @IsOptional() @IsNumber() @Min(0.5) weight?: number;
  @IsOptional() @IsBoolean() urgent?: boolean;
  @IsOptional() @MaxLength(200) note?: string;
  @IsOptional() @ArrayMinSize(2) members?: string[];
}

/** The field errors of a body refused by the one validation of input. */
async function refusal(body: object): Promise<FieldError[]> {
  try {
    await validated(Sample, body);
  } catch (err) {
    return (err as ProblemException).extra.errors ?? [];
  }
  throw new Error('accepted');
}

describe('validation reasons in Vietnamese', () => {
  it('says the bound of a number, written as Vietnamese write numbers', async () => {
    expect(await refusal({ count: 0 })).toEqual([
      { field: 'count', reason: 'count: không được nhỏ hơn 1', reasonEn: 'count must not be less than 1' },
    ]);
    const [big] = await refusal({ count: 3_000_000_000 });
    expect(big.reason).toBe('count: không được lớn hơn 2.147.483.647');
    const [light] = await refusal({ count: 1, weight: 0.25 });
    expect(light.reason).toBe('weight: không được nhỏ hơn 0,5');
  });

  it('names the kind of value expected: an integer, a number, true or false', async () => {
    const reasons = (await refusal({ count: 1.5, weight: 'nặng', urgent: 'có' })).map((e) => e.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'count: phải là số nguyên',
        'weight: phải là một số',
        'urgent: phải là đúng (true) hoặc sai (false)',
      ]),
    );
  });

  it('says the limits of a text and of a list', async () => {
    const reasons = (await refusal({ count: 1, note: 'x'.repeat(201), members: ['a'] })).map((e) => e.reason);
    expect(reasons).toEqual(
      expect.arrayContaining(['note: quá dài (tối đa 200 ký tự)', 'members: danh sách phải có ít nhất 2 mục']),
    );
  });

  it('falls back to a plain "không hợp lệ" for a rule it has no words for', () => {
    expect(viReason('isCreditCard', 'card must be a credit card')).toBe('không hợp lệ');
    expect(viReason('min', 'no number here')).toBe('không hợp lệ');
  });
});
