import { Injectable, type PipeTransform } from '@nestjs/common';
import { fieldRefused } from '../problem/validation-messages';

/** A campaign code in a path: upper-case letters, digits, `_` and `-` (the directory's codes), else 400. */
@Injectable()
export class CampaignIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value === 'string' && value.length <= 64 && /^[A-Z0-9][A-Z0-9_-]*$/.test(value)) return value;
    throw fieldRefused('campaignId', 'phải là mã đợt thi đua (chữ in hoa, chữ số, dấu -)', 'must be a campaign code');
  }
}
