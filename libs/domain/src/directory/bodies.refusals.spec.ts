import type { Refusal } from '../refusal';
import { LAUNCHING_LEVEL_AWARDS, refuseBodies as r } from './bodies.refusals';

describe("the directory's refusals about councils, campaigns, clusters and seats", () => {
  it.each<[string, Refusal, string, string | undefined, RegExp, RegExp]>([
    ['councilUnknown', r.councilUnknown('councilId', 'HD-X'), 'COUNCIL_UNKNOWN', 'councilId', /"HD-X"/, /"HD-X"/],
    [
      'councilLevelMismatch',
      r.councilLevelMismatch('PROVINCE', 'DEPARTMENT'),
      'COUNCIL_LEVEL_MISMATCH',
      'level',
      /cùng cấp/,
      /unit's level/,
    ],
    [
      'termsOverlap',
      r.termsOverlap('NK-1', '2026-01-01', '2030-12-31'),
      'TERMS_OVERLAP',
      'from',
      /"NK-1" \(từ 01\/01\/2026 đến 31\/12\/2030\)/,
      /"NK-1" \(01\/01\/2026 to 31\/12\/2030\)/,
    ],
    [
      'termNotFound',
      r.termNotFound('NK-9'),
      'TERM_NOT_FOUND',
      'termId',
      /^Hội đồng không có nhiệm kỳ "NK-9"\.$/,
      /"NK-9"/,
    ],
    [
      'outsideTerm',
      r.outsideTerm('2031-01-01', '2026-01-01', '2030-12-31'),
      'DATE_OUTSIDE_TERM',
      'on',
      /^Ngày 01\/01\/2031 nằm ngoài nhiệm kỳ/,
      /^01\/01\/2031 is outside the term/,
    ],
    [
      'noChair',
      r.noChair('2026-06-01', 'leave'),
      'NO_CHAIR',
      'leave',
      /Chủ tịch vào ngày 01\/06\/2026/,
      /01\/06\/2026/,
    ],
    [
      'seatHeldTwice',
      r.seatHeldTwice('SECRETARY', '2026-06-01', 'join'),
      'SEAT_HELD_TWICE',
      'join',
      /«Thư ký Hội đồng».*01\/06\/2026/,
      /secretary's seat on 01\/06\/2026/,
    ],
    [
      'seatedTwice',
      r.seatedTwice('tv-1', '2026-06-01', 'members'),
      'MEMBER_SEATED_TWICE',
      'members',
      /"tv-1" giữ hai vị trí/,
      /"tv-1" holds two seats/,
    ],
    ['notSeated', r.notSeated('tv-1', '2026-06-01'), 'MEMBER_NOT_SEATED', 'leave', /"tv-1".*01\/06\/2026/, /"tv-1"/],
    [
      'campaignClosed',
      r.campaignClosed('TK-1'),
      'CAMPAIGN_CLOSED',
      'campaignId',
      /"TK-1" đã kết thúc/,
      /"TK-1" is closed/,
    ],
    [
      'campaignNotOpen',
      r.campaignNotOpen('2026-11-01', '2026-12-15', '2026-12-16'),
      'CAMPAIGN_NOT_OPEN',
      'campaignId',
      /từ 01\/11\/2026 đến 15\/12\/2026; ngày 16\/12\/2026/,
      /from 01\/11\/2026 to 15\/12\/2026; 16\/12\/2026 is outside/,
    ],
    [
      'awardNotOffered',
      r.awardNotOffered({
        campaignName: 'Tổng kết',
        awardVi: 'Lao động tiên tiến',
        awardEn: 'Advanced Worker',
        offeredVi: ['Bằng khen', 'Cờ thi đua'],
        offeredEn: ['Certificate of Merit', 'Emulation Flag'],
      }),
      'AWARD_NOT_OFFERED',
      'awardCode',
      /"Tổng kết" không xét "Lao động tiên tiến"; đợt này xét: Bằng khen, Cờ thi đua\./,
      /"Advanced Worker"; it offers: Certificate of Merit, Emulation Flag\./,
    ],
    [
      'councilNotInCampaign above',
      r.councilNotInCampaign('HĐ Sở', 'TK-1', { level: 'PROVINCE', campaignLevel: 'DEPARTMENT' }),
      'COUNCIL_NOT_IN_CAMPAIGN',
      'councilId',
      /^HĐ Sở \(thẩm quyền của .+\) không xét hồ sơ của đợt thi đua "TK-1", do cấp/,
      /^HĐ Sở \(.+\) does not review filings of campaign "TK-1", launched at the level of/,
    ],
    [
      'councilNotInCampaign outside',
      r.councilNotInCampaign('HĐ Sở', 'TK-1'),
      'COUNCIL_NOT_IN_CAMPAIGN',
      'councilId',
      /^HĐ Sở không thuộc đơn vị phát động đợt thi đua "TK-1"/,
      /^HĐ Sở belongs neither to the unit that launched campaign "TK-1"/,
    ],
    [
      'awardNotInCompetence',
      r.awardNotInCompetence('BK_TTG', 'PROVINCE'),
      'AWARD_NOT_IN_COMPETENCE',
      'awards',
      /"BK_TTG" không thuộc thẩm quyền/,
      /"BK_TTG" is not within the competence/,
    ],
    [
      'councilNotOfUnit',
      r.councilNotOfUnit('HD-1', 'SO-GD'),
      'COUNCIL_NOT_OF_UNIT',
      'councilId',
      /"HD-1".*"SO-GD"/,
      /"HD-1".*"SO-GD"/,
    ],
    ['leaderNotMember', r.leaderNotMember('SO-YT'), 'LEADER_NOT_MEMBER', 'leaderId', /"SO-YT"/, /"SO-YT"/],
    [
      'inOtherCluster',
      r.inOtherCluster('SO-YT', 'CUM-2', 2026),
      'UNIT_IN_OTHER_CLUSTER',
      'members',
      /"CUM-2" trong năm 2026/,
      /"CUM-2" in 2026/,
    ],
    ['seatFromCouncil', r.seatFromCouncil(), 'SEAT_FROM_COUNCIL', 'role', /thành phần Hội đồng/, /council itself/],
    ['seatOverlaps', r.seatOverlaps('S-1'), 'SEAT_OVERLAPS', 'from', /\(vị trí "S-1"\)/, /\(seat "S-1"\)/],
    ['seatNotFound', r.seatNotFound('S-1'), 'SEAT_NOT_FOUND', 'seatId', /^Người này không có vị trí "S-1"\.$/, /"S-1"/],
  ])('%s: its code, field and both messages', (_name, refusal, code, field, vi, en) => {
    expect(refusal.code).toBe(code);
    expect(refusal.field).toBe(field);
    expect(refusal.messageVi).toMatch(vi);
    expect(refusal.messageEn).toMatch(en);
  });

  it('cites the rule that the launching level awards where it rests on it', () => {
    expect(r.awardNotInCompetence('BK_TTG', 'PROVINCE').rule).toBe(LAUNCHING_LEVEL_AWARDS);
    expect(r.councilNotInCampaign('HĐ', 'TK').rule).toBe(LAUNCHING_LEVEL_AWARDS);
    expect(LAUNCHING_LEVEL_AWARDS.legalBasis).toMatch(/06\/2022\/QH15/);
  });
});
