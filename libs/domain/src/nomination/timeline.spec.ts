import { VIETNAM_CALENDAR } from '../calendar';
import type { NominationEvent } from './nomination.events';
import { fold } from './nomination.evolve';
import { initialState } from './nomination.state';
import { drafted, journey, type JourneyStep } from './testing/fixtures';
import { changesBetween, EVENT_LABELS, stageVisits } from './timeline';
import { summarizeEn, summarizeVi, type TimelineNames } from './timeline-text';

// Walked in a hook, not at load: a journey that breaks then fails the tests instead of the file.
let steps: JourneyStep[] = [];
beforeAll(() => {
  steps = journey();
});
const first = (type: NominationEvent['type'], from: JourneyStep[] = steps) =>
  from.find((s) => s.event.type === type)!.event;
const all = (type: NominationEvent['type']) => steps.filter((s) => s.event.type === type).map((s) => s.event);
const NAMES: TimelineNames = {
  person: (id) => ({ m1: 'Nguyễn Văn Một', ban: 'Lê Thu Hà', 'ban-2': 'Phan Anh Tuấn' })[id],
  unit: (id) => ({ 'SO-GD': 'Sở Giáo dục và Đào tạo' })[id],
  council: (id) => ({ HD: 'Hội đồng Thi đua – Khen thưởng Thành phố' })[id],
  document: (code) => (code === 'BIEN_BAN_HOP' ? ['Biên bản họp', 'Council minutes'] : undefined),
};
const vi = (e: NominationEvent) => summarizeVi(e, NAMES);
const VI = /[àáảãạăâđêôơưạếềệốồộớờợứừựíìịúùụóòọéèẹ]/i;

describe('the timeline: labels of every event', () => {
  it('names every event type in Vietnamese (with diacritics) and in English, each with its own name', () => {
    expect(Object.keys(EVENT_LABELS)).toEqual(expect.arrayContaining([...new Set(steps.map((s) => s.event.type))]));
    for (const [vi, en] of Object.values(EVENT_LABELS)) {
      expect(vi).toMatch(VI);
      expect(en).toMatch(/^[A-Z][A-Za-z ,/()]+$/);
    }
    const vi = Object.values(EVENT_LABELS).map(([v]) => v);
    expect(new Set(vi).size).toBe(vi.length);
  });
});

describe('the timeline: one line per event, in Vietnamese', () => {
  it("summarizes the case's own steps with the numbers that matter, dates in Việt Nam time", () => {
    expect(summarizeVi(first('DossierSubmitted'))).toBe(
      '3 tài liệu; áp dụng bộ quy tắc VN-2025-07 (phiên bản 1), quy trình Quy trình thông thường.',
    );
    expect(vi(first('SupplementRequested'))).toBe('Cần bổ sung: Biên bản họp. Thiếu biên bản họp.');
    expect(summarizeVi(first('AppraisalCompleted'))).toBe('Hồ sơ đầy đủ, đạt yêu cầu.');
    // The ballot opened at 10:00 on 10/3 (ICT); 5 working days: the end of Tue 17/3 = 00:00 18/03.
    expect(summarizeVi(first('ReviewOpened'))).toBe(
      'Vòng 1; 4 thành viên, 1 không tham gia (cùng đơn vị); hạn 00:00 18/03/2026.',
    );
    expect(summarizeVi(first('ReviewClosed'))).toBe(
      '3/3 phiếu đồng ý trên số thành viên tham gia (100%), cần trên 50%; 0 không đồng ý; ' +
        '3/3 số thành viên được bỏ phiếu tham gia, túc số cần 2 (50%); 1 ý kiến bằng văn bản, 1 không tham gia vì cùng đơn vị: đạt.',
    );
    expect(summarizeVi(first('DisclosureOpened'))).toBe('Công khai 10 ngày làm việc, đến 00:00 25/03/2026.');
    expect(summarizeVi(first('ObjectionFiled'))).toBe('Thành tích chưa đúng.');
    expect(summarizeVi(first('ObjectionResolved'))).toBe('Không chấp nhận: Đã xác minh.');
    expect(summarizeVi(first('DecisionIssued'))).toBe(
      'Quyết định số 12/QĐ-SGD ngày 25/03/2026, người ký: Giám đốc Sở.',
    );
    const onDraft = first('DecisionIssued') as Extract<NominationEvent, { type: 'DecisionIssued' }>;
    const signed = {
      ...onDraft,
      data: {
        ...onDraft.data,
        signedDocument: { code: 'QD', title: 'QĐ', sha256: 'a'.repeat(64), draftSha256: 'b'.repeat(64) },
      },
    };
    expect(summarizeVi(signed)).toBe(
      `Quyết định số 12/QĐ-SGD ngày 25/03/2026, người ký: Giám đốc Sở. Ký trên bản dự thảo ${'b'.repeat(12)}.`,
    );
    expect(summarizeEn(signed)).toContain(`Signed on draft ${'b'.repeat(12)}.`);
  });

  it('summarizes the work around it: tasks, clocks and escalations', () => {
    const opened = (type: string) => all('TaskOpened').find((e) => e.type === 'TaskOpened' && e.data.taskType === type);
    expect(vi(opened('APPRAISE_DOSSIER')!)).toBe(
      'Thẩm định hồ sơ — cơ quan Thi đua – Khen thưởng của Hội đồng Thi đua – Khen thưởng Thành phố.',
    );
    expect(vi(opened('CAST_VOTE')!)).toBe(
      'Bỏ phiếu kín — thành viên Hội đồng Thi đua – Khen thưởng Thành phố, giao Nguyễn Văn Một.',
    );
    expect(vi(first('TaskClaimed'))).toBe('Lê Thu Hà nhận việc.');
    expect(summarizeVi(first('TaskClosed'))).toBe('Đã hoàn thành.');
    expect(summarizeVi({ type: 'TaskClosed', data: { taskId: 't', outcome: 'CANCELLED' } })).toBe(
      'Không còn cần thiết.',
    );
    const assigned = (mode: 'DELEGATE' | 'REASSIGN') =>
      vi({ type: 'TaskAssigned', data: { taskId: 't', assignee: 'ban-2', by: 'ban', mode } });
    expect(assigned('DELEGATE')).toBe('Ủy quyền cho Phan Anh Tuấn.');
    expect(assigned('REASSIGN')).toBe('Giao lại cho Phan Anh Tuấn.');
    expect(summarizeVi(first('SlaClockStarted'))).toBe(
      'Giai đoạn Hội đồng xét duyệt: 10 ngày làm việc, hạn 00:00 04/03/2026.',
    );
    expect(summarizeVi(first('SlaClockResumed'))).toBe('Hạn mới 00:00 10/03/2026.');
    expect(
      summarizeVi({
        type: 'SlaClockRescheduled',
        data: {
          clockId: 'c',
          budgetWorkingDays: 12,
          warningAt: '2026-03-04T17:00:00.000Z',
          deadline: '2026-03-05T17:00:00.000Z',
          reason: 'Chờ ý kiến hiệp y',
        },
      } as NominationEvent),
    ).toBe('12 ngày làm việc, hạn mới 00:00 06/03/2026 (Chờ ý kiến hiệp y).');
    expect(summarizeVi(first('SlaWarning'))).toBe('Giai đoạn Hội đồng xét duyệt, hạn 00:00 10/03/2026.');
    expect(summarizeVi(first('SlaBreached'))).toBe('Giai đoạn Hội đồng xét duyệt, hạn 00:00 10/03/2026.');
    expect(vi(opened('ESCALATION')!)).toBe(
      'Xử lý hồ sơ quá hạn — lãnh đạo cơ quan Thi đua – Khen thưởng của Hội đồng Thi đua – Khen thưởng Thành phố.',
    );
    expect(vi(first('EscalationRaised'))).toBe('Lần 1: chuyển lãnh đạo cơ quan Thi đua – Khen thưởng.');
  });

  it('says nothing of a vote, and gives the reason of a rejection, a withdrawal, a forwarding', () => {
    for (const e of [...all('VoteCast'), ...all('WrittenOpinionRecorded'), ...all('ReviewClosed')])
      expect(summarizeVi(e)).not.toMatch(/APPROVE|m1|m2|m3/);
    expect(summarizeVi(first('VoteCast'))).toBe('');
    expect(
      summarizeVi({
        type: 'NominationRejected',
        data: { stage: 'FINAL_DECISION', reasonCode: 'CRITERIA_NOT_MET', reason: 'Chưa đủ điều kiện.' },
      } as NominationEvent),
    ).toBe('Chưa đủ điều kiện.');
    expect(summarizeVi({ type: 'NominationWithdrawn', data: { reason: 'Đơn vị rút.' } })).toBe('Đơn vị rút.');
    expect(
      summarizeVi({
        type: 'ForwardedToHigherLevel',
        data: { fromLevel: 'DEPARTMENT', toLevel: 'PROVINCE', note: 'Trình UBND Thành phố' },
      } as NominationEvent),
    ).toBe('Trình UBND Thành phố');
  });
});

describe('the timeline: no raw ids, and the same lines in English', () => {
  const RAW =
    /\b(m1|ban-2|office:|council:|office-lead:|unit:|BIEN_BAN_HOP|OFFICE_LEAD|CRITERIA_NOT_MET)\b|\bban\b(?! )/;
  const rejected = {
    type: 'NominationRejected',
    data: { stage: 'FINAL_DECISION', reasonCode: 'CRITERIA_NOT_MET', reason: 'Chưa đủ điều kiện.' },
  } as NominationEvent;

  it('names people, groups, documents and levels in every line, in both languages', () => {
    for (const { event } of steps) {
      expect(vi(event)).not.toMatch(RAW);
      expect(summarizeEn(event, NAMES)).not.toMatch(RAW);
    }
    expect(vi(rejected)).not.toMatch(RAW);
  });

  it('writes the English line in English, with the same names and dd/MM/yyyy dates', () => {
    const opened = all('TaskOpened').find((e) => e.type === 'TaskOpened' && e.data.taskType === 'CAST_VOTE')!;
    expect(summarizeEn(opened, NAMES)).toBe(
      'Cast a secret vote — members of Hội đồng Thi đua – Khen thưởng Thành phố, assigned to Nguyễn Văn Một.',
    );
    expect(summarizeEn(first('TaskClaimed'), NAMES)).toBe('Lê Thu Hà claimed the task.');
    expect(summarizeEn(first('SupplementRequested'), NAMES)).toBe(
      'To supplement: Council minutes. Thiếu biên bản họp.',
    );
    expect(summarizeEn(first('EscalationRaised'), NAMES)).toBe('Window 1: escalated to the head of the awards office.');
    expect(summarizeEn(first('DisclosureOpened'))).toBe('Disclosed for 10 working days, until 00:00 25/03/2026.');
    for (const { event } of steps)
      expect(summarizeEn(event, NAMES)).not.toMatch(/ (nhận việc|giao|hạn|Vòng|Giai đoạn) /);
  });

  it('says a neutral word, not the id, for somebody the directory does not know', () => {
    expect(summarizeVi(first('TaskClaimed'))).toBe('Một cán bộ nhận việc.');
    expect(summarizeEn(first('TaskClaimed'))).toBe('An official claimed the task.');
  });
});

describe('the timeline: what changed in the case', () => {
  it('lists stage, status, outcome and document changes, old → new', () => {
    const at = (n: number) => fold(steps.slice(0, n).map((s) => s.event));
    const submittedAt = steps.findIndex((s) => s.event.type === 'DossierSubmitted');
    expect(changesBetween(at(submittedAt), at(submittedAt + 1))).toEqual([
      { field: 'stage', from: 'UNIT_PROPOSAL', to: 'COUNCIL_REVIEW' },
      { field: 'status', from: 'DRAFT', to: 'SUBMITTED' },
      { field: 'documents', from: 0, to: 3 },
    ]);
    const decidedAt = steps.findIndex((s) => s.event.type === 'DecisionIssued');
    expect(changesBetween(at(decidedAt), at(decidedAt + 1))).toEqual([
      { field: 'stage', from: 'FINAL_DECISION', to: 'CLOSED' },
      { field: 'status', from: 'AWAITING_DECISION', to: 'AWARDED' },
      { field: 'outcome', from: null, to: 'AWARDED' },
    ]);
    // A claim changes nothing of the case's own fields.
    const claimedAt = steps.findIndex((s) => s.event.type === 'TaskClaimed');
    expect(changesBetween(at(claimedAt), at(claimedAt + 1))).toEqual([]);
  });

  it("shows a draft's edits: the award, the year, the nominee's name", () => {
    const before = fold([drafted()]);
    const after = fold(
      [
        {
          type: 'DraftUpdated',
          data: { changes: { awardCode: 'CSTD_CS', year: 2026, nominee: { ...before.nominee!, name: 'Trần Văn B' } } },
        } as NominationEvent,
      ],
      before,
    );
    expect(changesBetween(before, after)).toEqual([
      { field: 'awardCode', from: 'LDTT', to: 'CSTD_CS' },
      { field: 'year', from: 2025, to: 2026 },
      { field: 'nominee.name', from: 'Nguyễn Thị Lan', to: 'Trần Văn B' },
    ]);
    expect(changesBetween(initialState(), before)).toContainEqual({
      field: 'nominee.name',
      from: null,
      to: 'Nguyễn Thị Lan',
    });
  });
});

describe('the timeline: how long each stage visit lasted', () => {
  it('counts calendar days and working days (from the day after, Tết skipped) of every visit, revisits apart', () => {
    const visits = stageVisits(steps, VIETNAM_CALENDAR, '2026-04-01T00:00:00.000Z');
    expect(visits.map((v) => [v.stage, v.from, v.to, v.calendarDays, v.workingDays])).toEqual([
      ['UNIT_PROPOSAL', '2026-02-09T03:00:00.000Z', '2026-02-10T03:00:00.000Z', 1, 1],
      ['COUNCIL_REVIEW', '2026-02-10T03:00:00.000Z', '2026-02-11T03:00:00.000Z', 1, 1],
      // Supplementing: 12, 13/2, then Tết until 22/2, then 23 and 24/2.
      ['UNIT_PROPOSAL', '2026-02-11T03:00:00.000Z', '2026-02-24T03:00:00.000Z', 13, 4],
      ['COUNCIL_REVIEW', '2026-02-24T03:00:00.000Z', '2026-03-10T03:00:00.000Z', 14, 10],
      ['PUBLIC_DISCLOSURE', '2026-03-10T03:00:00.000Z', '2026-03-24T17:00:00.000Z', 14.6, 11],
      ['FINAL_DECISION', '2026-03-24T17:00:00.000Z', '2026-03-25T03:00:00.000Z', 0.4, 0],
    ]);
    expect(visits[3]).toMatchObject({ nameVi: 'Hội đồng xét duyệt', nameEn: 'Council review' });
  });

  it('runs the last visit of an open case up to now', () => {
    const open = steps.slice(
      0,
      steps.findIndex((s) => s.event.type === 'AppraisalCompleted'),
    );
    const visits = stageVisits(open, VIETNAM_CALENDAR, '2026-02-26T03:00:00.000Z');
    expect(visits.at(-1)).toMatchObject({ stage: 'COUNCIL_REVIEW', to: null, calendarDays: 2, workingDays: 2 });
    expect(stageVisits([], VIETNAM_CALENDAR, '2026-02-26T03:00:00.000Z')).toEqual([]);
  });
});
