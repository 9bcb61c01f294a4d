import { randomUUID } from 'node:crypto';
import type { Response, Test } from 'supertest';
import type { Actor } from '@khen/domain';
import { EDGE_REFUSALS, statusOf, type EdgeCode, type ProblemCode } from '../../apps/api/src/problem/catalogue';
import { CITY, flows, must } from '../support/case-flows';
import { LogCapture } from '../support/log-capture';
import { nominee, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { DEMO_DOCUMENTS, makePdf } from '../../scripts/demo/demo-documents';

/**
 * The refusal catalogue, over HTTP (docs/architecture.md, "The refusal catalogue"): every edge code is
 * produced by a concrete request, answered with the one status the catalogue gives it, in Vietnamese
 * first and English second, with the request's correlation id, and logged in one line that names the
 * caller (user id and role). A code no request here can produce names the test that produces it.
 * The domain's codes are produced by scenarios in libs/domain/src/refusal-codes.spec.ts (and mapped to
 * their one status by apps/api/src/problem/catalogue.spec.ts); a few are produced here over the wire.
 */
const ELSEWHERE: Partial<Record<EdgeCode, string>> = {
  COMMAND_NOT_ANSWERED: "test/e2e/worker-down.e2e.spec.ts: no worker polls the case's task queue",
  READ_MODEL_OUT_OF_SYNC: 'test/integration/projection-gap.int.spec.ts: a case row out of step with its stream',
  CASE_WORKFLOW_MISSING: "test/e2e/resume.e2e.spec.ts: Temporal's workflows deleted under open cases",
  CASE_OUT_OF_STEP: 'test/e2e/resume.e2e.spec.ts: a stream ahead of its workflow (a Temporal restored from a backup)',
  ESCALATION_CLOSES_ITSELF:
    "test/sla/sla-clocks.int.spec.ts: a breached case's escalation, on the time-skipping server",
  SERVICE_UNAVAILABLE:
    'apps/api/src/problem/problem.filter.spec.ts (unit): PostgreSQL or Temporal out, which no request here can cause',
  INTERNAL_ERROR: 'apps/api/src/problem/problem.filter.spec.ts (unit): a bug, which no request produces on purpose',
  OBJECTION_CODE_UNKNOWN: 'test/e2e/objection-tracking.e2e.spec.ts: an unknown or malformed tracking code',
  EVIDENCE_TYPE_REFUSED:
    'test/e2e/objection-evidence.e2e.spec.ts: a program or a DOCX uploaded as evidence for a case under disclosure',
  EVIDENCE_NOT_UPLOADED:
    'test/e2e/objection-evidence.e2e.spec.ts: an objection naming a file not uploaded as evidence for its case',
  ASSIGNEE_NOT_ELIGIBLE:
    'test/e2e/task-handover.e2e.spec.ts: a reassignment or delegation to an unknown or ineligible person',
  DOCUMENT_TOO_LARGE:
    'test/e2e/document-uploads-refused.e2e.spec.ts: a file over the per-file limit (set low for that suite)',
  BULK_STILL_FILING:
    'apps/api/src/bulk/bulk-submission.spec.ts (unit): a list submitted while its rows are still being filed',
  DRAFT_STEP_NOT_REACHED: 'test/e2e/paperwork.e2e.spec.ts: the minutes of a case whose ballot is still open',
  CERTIFICATE_CODE_UNKNOWN: 'test/e2e/paperwork.e2e.spec.ts: a verification code no certificate carries',
  DRAFT_NOT_STORED:
    'test/e2e/paperwork.e2e.spec.ts: a signed decision naming a draft Khen never made, or one of another case',
  TEMPLATE_UNREADABLE: 'test/e2e/paperwork.e2e.spec.ts: a template upload that is not a DOCX',
  TEMPLATE_PLACEHOLDER_UNKNOWN: 'test/e2e/paperwork.e2e.spec.ts: a template naming an unknown placeholder',
};

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const BULK = '/api/bulk-filings?campaignId=TONG-KET-2026&councilId=HD-TP';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The caller without a unit: a token can say UNIT_OFFICER and name no unit. */
const noUnit: Actor = { userId: 'cb-chua-co-don-vi', role: 'UNIT_OFFICER', displayName: 'Cán bộ chưa gắn đơn vị' };

describe('the refusal catalogue, request by request', () => {
  const log = new LogCapture();
  let stack: TestStack;
  let draftId: string;
  let ballotOpenId: string;
  let appraisalTask: string;
  let ruleDoc: Record<string, unknown>;

  beforeAll(async () => {
    stack = await startTestStack({}, { logger: log });
    await stack.signIn(noUnit);
    const f = flows(stack);
    draftId = await f.filed(CITY, 'Phan Thị Danh Mục');
    ballotOpenId = await f.ballotOpen(CITY, 'Lâm Thị Phiếu Kín');
    const submitted = await f.submitted(CITY, 'Vũ Văn Mã Lỗi');
    [{ task_id: appraisalTask }] = await stack.db.query(
      `SELECT task_id FROM tasks WHERE nomination_id = $1 AND task_type = 'APPRAISE_DOSSIER'`,
      [submitted],
    );
    ruleDoc = must(await steps(stack).get(users.admin, '/rules/current'), 200).body;
  });
  afterAll(async () => stack?.close());

  const filing = () => ({
    awardCode: 'BK_TINH',
    kind: 'CONG_TRANG',
    campaignId: 'TONG-KET-2026',
    councilId: 'HD-TP',
    nominee: nominee('Đoàn Thị Thử Lỗi'),
  });

  type Send = (as: (t: Test) => Test) => PromiseLike<Response>;
  /** code, who calls (undefined: no token), the request. */
  type Row = [ProblemCode, Actor | undefined, Send];
  const http = () => stack.http();
  const get = (path: string) => http().get(path);
  const post = (path: string) => http().post(path);

  const rows: Row[] = [
    ['UNAUTHENTICATED', undefined, (as) => as(get('/api/me'))],
    [
      'ROLE_NOT_ALLOWED',
      users.unitOfficer,
      (as) => as(post(`/api/nominations/${draftId}/votes`)).send({ choice: 'APPROVE' }),
    ],
    // Acting as a seat the caller does not hold (neither in the token nor in the directory).
    ['ACTING_AS_NOT_HELD', users.unitOfficer, (as) => as(get('/api/me')).set('X-Khen-Acting-As', 'COUNCIL_MEMBER')],
    ['VALIDATION_FAILED', users.unitOfficer, (as) => as(post('/api/nominations')).send({})],
    ['INVALID_CHARACTERS', users.office, (as) => as(http().put('/api/tasks/views/a%00b')).send({})],
    ['OUT_OF_RANGE', users.admin, (as) => as(get('/api/rules/0'))],
    ['INVALID_CURSOR', users.admin, (as) => as(get('/api/nominations?cursor=khong-phai-con-tro'))],
    // The body parsers refuse before the token is read: the log rightly names no one.
    [
      'BAD_REQUEST',
      undefined,
      (as) => as(post('/api/nominations')).set('Content-Type', 'application/json').send('{"awardCode":'),
    ],
    [
      'PAYLOAD_TOO_LARGE',
      undefined,
      (as) => as(post(`/api/public/disclosures/${draftId}/objections`)).send({ content: 'x'.repeat(20_000) }),
    ],
    [
      'UNSUPPORTED_MEDIA_TYPE',
      undefined,
      (as) => as(post('/api/nominations')).set('Content-Type', 'application/json; charset=x-klingon').send('{}'),
    ],
    ['NOT_FOUND', undefined, (as) => as(get('/api/khong-co-duong-nay'))],
    ['METHOD_NOT_ALLOWED', undefined, (as) => as(stack.http().delete('/api/rules/current'))],
    ['NOMINATION_NOT_FOUND', users.admin, (as) => as(get(`/api/nominations/${randomUUID()}`))],
    [
      'STALE_VERSION',
      users.unitOfficer,
      (as) =>
        as(post(`/api/nominations/${draftId}/draft`))
          .set('If-Match', '"999"')
          .send({ year: 2025 }),
    ],
    [
      'NOMINATION_EXISTS',
      users.unitOfficer,
      (as) => as(post('/api/nominations')).send({ ...filing(), nominationId: draftId }),
    ],
    ['NO_UNIT', noUnit, (as) => as(post('/api/nominations')).send(filing())],
    [
      'UNKNOWN_COUNCIL',
      users.unitOfficer,
      (as) => as(post('/api/nominations')).send({ ...filing(), councilId: 'HD-KHONG-CO' }),
    ],
    [
      'UNKNOWN_CAMPAIGN',
      users.unitOfficer,
      (as) => as(post('/api/nominations')).send({ ...filing(), campaignId: 'DOT-KHONG-CO' }),
    ],
    ['VIEW_NOT_FOUND', users.office, (as) => as(get('/api/tasks?view=khong-co-bo-loc-nay'))],
    [
      'TOO_MANY_OBJECTIONS',
      undefined,
      async (as) => {
        // The limit per client and hour (5 by default) is spent on a case that does not exist.
        const elsewhere = `/api/public/disclosures/${randomUUID()}/objections`;
        const contact = 'nguoi-dan@vi-du.vn';
        for (let i = 0; i < 5; i++) must(await post(elsewhere).send({ content: 'Phản ánh thử.', contact }), 404);
        return as(post(elsewhere)).send({ content: 'Phản ánh thứ sáu.', contact });
      },
    ],
    [
      'TOO_MANY_EVIDENCE_UPLOADS',
      undefined,
      async (as) => {
        // Three files per objection: 15 an hour by default, spent on a case that does not exist.
        const elsewhere = `/api/public/disclosures/${randomUUID()}/evidence`;
        for (let i = 0; i < 15; i++) must(await post(elsewhere).attach('file', makePdf(['Thu']), 'thu.pdf'), 404);
        return as(post(elsewhere)).attach('file', makePdf(['Thu']), 'thu.pdf');
      },
    ],
    ['COMMAND_NOT_FOUND', users.admin, (as) => as(get(`/api/nominations/${draftId}/commands/${randomUUID()}`))],
    ['RULE_SET_NOT_FOUND', users.admin, (as) => as(get('/api/rules/999999'))],
    [
      'RULE_SET_INVALID',
      users.admin,
      (as) => {
        const doc = structuredClone(ruleDoc) as { awards: Record<string, { ballot: { percent: number } }> };
        doc.awards.BK_TINH.ballot.percent = 150;
        return as(post('/api/rules')).send(doc);
      },
    ],
    [
      'INVALID_SCHEDULE',
      users.admin,
      (as) => as(post('/api/calendar/2031')).send({ daysOff: ['2030-01-01'], workingWeekendDays: [], source: 'Thử' }),
    ],
    [
      'INVALID_PERIOD',
      users.admin,
      (as) =>
        as(post('/api/holds')).send({
          nomineeKey: `T-${randomUUID().slice(0, 8)}`,
          type: 'DISCIPLINE',
          since: '2026-05-02',
          until: '2026-05-01',
          reference: 'Quyết định kỷ luật số 1/QĐ-KL',
        }),
    ],
    ['HOLD_NOT_FOUND', users.admin, (as) => as(post(`/api/holds/${randomUUID()}/lift`))],
    ['UPLOAD_NOT_MULTIPART', users.unitOfficer, (as) => as(post('/api/documents')).send({ file: 'x' })],
    ['UPLOAD_NO_FILE', users.unitOfficer, (as) => as(post('/api/documents')).field('sha256', 'a'.repeat(64))],
    [
      'UPLOAD_ONE_FILE',
      users.unitOfficer,
      (as) =>
        as(post('/api/documents'))
          .attach('file', makePdf(['Mot']), 'mot.pdf')
          .attach('file', makePdf(['Hai']), 'hai.pdf'),
    ],
    [
      'UPLOAD_TRUNCATED',
      users.unitOfficer,
      (as) =>
        as(post('/api/documents'))
          .set('Content-Type', 'multipart/form-data; boundary=XYZ')
          .send(`--XYZ\r\nContent-Disposition: form-data; name="file"; filename="dở.pdf"\r\n\r\n%PDF-1.4 cut`),
    ],
    [
      'EMPTY_DOCUMENT',
      users.unitOfficer,
      (as) => as(post('/api/documents')).attach('file', Buffer.alloc(0), 'rỗng.pdf'),
    ],
    [
      'DOCUMENT_TYPE_REFUSED',
      users.unitOfficer,
      (as) => as(post('/api/documents')).attach('file', Buffer.from('MZ\x90\x00 not a pdf'), 'tờ-trình.pdf'),
    ],
    [
      'DOCUMENT_HASH_MISMATCH',
      users.unitOfficer,
      (as) =>
        as(post('/api/documents'))
          .field('sha256', 'b'.repeat(64))
          .attach('file', makePdf(['Khac ma']), 'khác-mã.pdf'),
    ],
    ['DOCUMENT_NOT_FOUND', users.unitOfficer, (as) => as(get(`/api/documents/${'e'.repeat(64)}`))],
    ['TEMPLATE_VERSION_NOT_FOUND', users.admin, (as) => as(get('/api/paperwork/templates/MINUTES/999999'))],
    [
      'DOCUMENT_LINK_INVALID',
      undefined,
      (as) => as(get(`/api/files/${'e'.repeat(64)}?r=ai-do&c=&e=9999999999&s=khong-phai-chu-ky`)),
    ],
    ['EMPTY_FILE', users.unitOfficer, (as) => as(post(BULK)).set('Content-Type', 'text/csv')],
    [
      'UNREADABLE_FILE',
      users.unitOfficer,
      (as) => as(post(BULK)).set('Content-Type', XLSX).send(Buffer.from('PK: not a workbook')),
    ],
    [
      'TOO_MANY_ROWS',
      users.unitOfficer,
      (as) =>
        as(post(BULK))
          .set('Content-Type', 'text/csv')
          .send(
            Buffer.from(
              ['Họ và tên,Danh hiệu', ...Array.from({ length: 2001 }, (_, i) => `Người ${i},LDTT`)].join('\n'),
            ),
          ),
    ],
    [
      'BAD_HEADER',
      users.unitOfficer,
      (as) => as(post(BULK)).set('Content-Type', 'text/csv').send(Buffer.from('cot_a,cot_b\n1,2\n')),
    ],
    ['BULK_NOT_FOUND', users.admin, (as) => as(get(`/api/bulk-filings/${randomUUID()}`))],
    // Who took part in an open ballot is the council office's to know: the signed export names them.
    ['BALLOT_IN_PROGRESS', users.admin, (as) => as(get(`/api/nominations/${ballotOpenId}/signed-export`))],
    ['NOT_AN_EXPORT', users.admin, (as) => as(post('/api/integrity/exports')).send({ khong: 'phai' })],
    // The domain's codes reach the client the same way, one of each kind (409, 422, 403, 404).
    ['WRONG_STAGE', users.office, (as) => as(post(`/api/nominations/${draftId}/ballot/close`))],
    [
      'MISSING_DOCUMENTS',
      users.unitOfficer,
      (as) => as(post(`/api/nominations/${draftId}/submit`)).send({ documents: [] }),
    ],
    // Every document is there, but one names a file this unit never uploaded.
    [
      'DOCUMENT_NOT_UPLOADED',
      users.unitOfficer,
      (as) =>
        as(post(`/api/nominations/${draftId}/submit`)).send({
          documents: DEMO_DOCUMENTS.map((d, i) => (i === 0 ? { ...d, sha256: 'c'.repeat(64) } : d)),
        }),
    ],
    ['NO_RULES_IN_FORCE', users.admin, (as) => as(get('/api/rules/current?date=1990-01-01'))],
    [
      'NOT_IN_CANDIDATE_GROUP',
      users.member1,
      (as) => as(post(`/api/tasks/${encodeURIComponent(appraisalTask)}/claim`)),
    ],
    ['TASK_NOT_FOUND', users.office, (as) => as(post('/api/tasks/khong-co-viec-nay/claim'))],
    [
      'DIRECTORY_RECORD_CHANGED',
      users.admin,
      (as) =>
        as(http().patch('/api/directory/units/SO-GD'))
          .set('If-Match', '"999"')
          .send({ name: 'Sở Giáo dục và Đào tạo', reason: 'Thử phiên bản cũ' }),
    ],
    // The initiative registry's codes too (libs/domain/src/initiatives covers each one).
    ['INITIATIVE_NOT_FOUND', users.office, (as) => as(get(`/api/initiatives/${randomUUID()}`))],
    [
      'INITIATIVE_NOT_OWN_UNIT',
      users.unitOfficer,
      (as) =>
        as(post('/api/initiatives')).send({
          title: 'Sáng kiến của đơn vị khác',
          unitId: 'THPT-CVA',
          year: 2026,
          authors: [{ name: 'Ngô Thị Khác' }],
        }),
    ],
    [
      'INITIATIVE_UNIT_UNKNOWN',
      users.office,
      (as) =>
        as(post('/api/initiatives')).send({
          title: 'Sáng kiến không có đơn vị',
          unitId: 'KHONG-CO-DON-VI',
          year: 2026,
          authors: [{ name: 'Ngô Thị Khác' }],
        }),
    ],
    // Cluster and bloc scoring's codes (libs/domain/src/cluster-scoring covers each one; the e2e suite most).
    ['SCORING_NOT_FOUND', users.office, (as) => as(get('/api/cluster-scoring/CUM-KHONG-CO/TONG-KET-2026'))],
    [
      'SCORING_CHANGED',
      users.unitOfficer,
      (as) =>
        as(http().put('/api/cluster-scoring/CUM-KHONG-CO/TONG-KET-2026/sheets/SO-GD/scores/TC-1'))
          .set('If-Match', '"999"')
          .send({ points: 1, note: 'Thử phiên bản cũ' }),
    ],
    // Registration (đăng ký thi đua, docs/campaigns.md; libs/domain/src/campaigns covers each of its codes).
    [
      'REGISTRATIONS_CHANGED',
      users.schoolOfficer,
      (as) =>
        as(post('/api/campaigns/TONG-KET-2026-SO-GD/registrations'))
          .set('If-Match', '"999"')
          .send({ awardCode: 'LDTT', nominee: { subject: 'INDIVIDUAL', name: 'Lý Thị Phiên Bản' } }),
    ],
    [
      'REGISTRATION_NOT_OFFERED',
      users.unitOfficer,
      (as) =>
        as(post('/api/campaigns/TONG-KET-2026/registrations')).send({
          awardCode: 'BK_TINH',
          nominee: { subject: 'INDIVIDUAL', name: 'Lý Thị Không Đăng Ký' },
        }),
    ],
    [
      'REGISTRATION_NOT_OWN_UNIT',
      users.schoolOfficer,
      (as) =>
        as(post('/api/campaigns/TONG-KET-2026-SO-GD/registrations')).send({
          unitId: 'SO-GD',
          awardCode: 'LDTT',
          nominee: { subject: 'INDIVIDUAL', name: 'Lý Thị Đơn Vị Khác' },
        }),
    ],
    // The directory's own codes reach the client the same way (libs/domain/src/directory covers each one).
    [
      'NO_CHAIR',
      users.admin,
      (as) =>
        as(post('/api/directory/councils/HD-SO-GD/terms')).send({
          termId: '2040-2045',
          from: '2040-01-01',
          to: '2045-06-30',
          members: [{ memberId: 'gd-cong-doan', name: 'Trịnh Thu Trang', seat: 'MEMBER', unitId: 'SO-GD' }],
          reason: 'Thử Hội đồng không có Chủ tịch',
        }),
    ],
  ];

  it('has a request for every edge code of the catalogue, or names the test that produces it', () => {
    const here = new Set(rows.map(([code]) => code));
    const edge = Object.keys(EDGE_REFUSALS) as EdgeCode[];
    expect(edge.filter((c) => !here.has(c) && !ELSEWHERE[c])).toEqual([]);
    expect(edge.filter((c) => here.has(c) && ELSEWHERE[c])).toEqual([]);
    expect(new Set(rows.map(([code]) => code)).size).toBe(rows.length);
  });

  it.each(rows)(
    '%s: one request produces it, with its one status, in Vietnamese first, logged once with who',
    async (code, who, send) => {
      const correlationId = `bang-${code.toLowerCase().replace(/_/g, '-')}-${randomUUID().slice(0, 8)}`;
      const res = await send((t) => {
        t.set('x-correlation-id', correlationId).timeout({ response: 30_000 });
        return who ? t.set('Authorization', `Bearer ${stack.token(who)}`) : t;
      });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: statusOf(code), code });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: statusOf(code), correlationId });
      expect(res.body.detail).toMatch(VIETNAMESE);
      expect(res.body.detailEn).toMatch(/[a-z]{3}/i);
      expect(res.body.detailEn).not.toBe(res.body.detail);
      const lines = log.of('Refusal').filter((l) => l.includes(`[${correlationId}]`));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(who ? `user=${who.userId} role=${who.role}` : 'user=anonymous role=none');
      expect(lines[0]).toContain(`${res.status} ${code} `);
    },
  );
});
