import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from './catalogue';
import { problem } from './problem.exception';

/** A bound as Vietnamese write it (2.147.483.647; 0,5). */
const viNumber = (n: string) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }).format(Number(n));

/**
 * Vietnamese reasons for class-validator constraints; the English comes from class-validator itself. A reason
 * with a bound (min, max, lengths, list sizes) takes it from the English message, whose last number it is.
 */
const VI: Record<string, string | ((bound: string) => string)> = {
  isNotEmpty: 'không được để trống',
  isDefined: 'bắt buộc phải có',
  isString: 'phải là chuỗi ký tự',
  isInt: 'phải là số nguyên',
  isNumber: 'phải là một số',
  isBoolean: 'phải là đúng (true) hoặc sai (false)',
  min: (n) => `không được nhỏ hơn ${viNumber(n)}`,
  max: (n) => `không được lớn hơn ${viNumber(n)}`,
  isIn: 'giá trị không thuộc danh sách cho phép',
  isEnum: 'giá trị không thuộc danh sách cho phép',
  isArray: 'phải là một danh sách',
  arrayNotEmpty: 'danh sách không được rỗng',
  arrayMinSize: (n) => `danh sách phải có ít nhất ${viNumber(n)} mục`,
  arrayMaxSize: (n) => `danh sách quá dài (tối đa ${viNumber(n)} mục)`,
  maxLength: (n) => `quá dài (tối đa ${viNumber(n)} ký tự)`,
  minLength: (n) => `quá ngắn (tối thiểu ${viNumber(n)} ký tự)`,
  matches: 'sai định dạng',
  isUUID: 'phải là mã UUID',
  isDateString: 'phải là ngày hợp lệ (yyyy-MM-dd)',
  isObject: 'phải là một đối tượng',
  whitelistValidation: 'trường này không được phép',
  nestedValidation: 'có nội dung không hợp lệ',
  isCivilDay: 'phải là một ngày có thật (yyyy-MM-dd)',
  isInstant: 'phải là ngày hoặc thời điểm ISO có thật',
  isHundredths: 'có tối đa hai chữ số thập phân',
  isContact:
    'bắt buộc, là số điện thoại Việt Nam (10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số) hoặc địa chỉ thư điện tử',
};

/** The Vietnamese reason of a failed constraint, given class-validator's English message. */
export function viReason(rule: string, en: string): string {
  const vi = Object.hasOwn(VI, rule) ? VI[rule] : 'không hợp lệ';
  if (typeof vi === 'string') return vi;
  const bound = /(-?\d+(?:\.\d+)?)(?!.*\d)/.exec(en)?.[1];
  return bound === undefined ? 'không hợp lệ' : vi(bound);
}

/** Flattens nested class-validator errors into `field` + Vietnamese and English reasons. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, en]) => ({
      field,
      reason: `${field}: ${viReason(rule, en)}`,
      reasonEn: en,
    }));
    return [...own, ...toFieldErrors(e.children ?? [], field)];
  });
}

/** The refusal of input that failed class-validator's checks. */
export const validationRefused = (errors: ValidationError[]) =>
  problem('VALIDATION_FAILED', { errors: toFieldErrors(errors) });

/** The refusal of one field, checked by hand (a query parameter, a path parameter's form). */
export const fieldRefused = (field: string, reasonVi: string, reasonEn: string) =>
  problem('VALIDATION_FAILED', { errors: [{ field, reason: `${field}: ${reasonVi}`, reasonEn }] });

/** The one validation of input (the global pipe's, and a task's form checked against its command's DTO). */
export const validation = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationRefused,
  });

/** A body checked against a DTO class, as the global pipe checks a route's body. */
export async function validated<T extends object>(cls: new () => T, body: unknown): Promise<T> {
  return (await validation().transform(body ?? {}, { type: 'body', metatype: cls })) as T;
}
