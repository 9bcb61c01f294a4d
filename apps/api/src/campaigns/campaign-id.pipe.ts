import { Injectable, type PipeTransform } from '@nestjs/common';
import { refusal } from '@khen/domain';
import { ProblemException } from '../problem/problem.exception';

/**
 * A campaign code in a path: upper-case letters, digits, `_` and `-` (the directory's codes). Anything else names
 * no campaign, so it is not found (404), like an unknown code.
 */
@Injectable()
export class CampaignIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value === 'string' && value.length <= 64 && /^[A-Z0-9][A-Z0-9_-]*$/.test(value)) return value;
    throw ProblemException.fromRefusal(
      refusal('REGISTRATION_NOT_FOUND', 'Không có đợt thi đua mang mã này.', 'No campaign has this code.', {
        field: 'campaignId',
      }),
    );
  }
}
