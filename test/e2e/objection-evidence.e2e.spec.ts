import { createHash, randomUUID } from 'node:crypto';
import { makePdf } from '../../scripts/demo/demo-documents';
import { makeDocx } from '../../libs/projections/src/documents/testing/office-files';
import { CITY, flows, must } from '../support/case-flows';
import { bytes } from '../support/file-bytes';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

const ENV = { KHEN_DISCLOSURE_OVERRIDE_MS: '180000', KHEN_OBJECTION_RATE_PER_HOUR: '50' };
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * A citizen's objection: the contact is required (a Việt Nam phone number or an e-mail address) and
 * refused at its field otherwise; evidence files (PDF, JPG, PNG, at most 5 MB each, at most 3) are
 * uploaded without a token for a case under disclosure and named by hash in the objection. The office
 * opens them from the case; the nominee's unit and the public do not. Every refusal records nothing.
 */
describe('objections: the contact and the evidence', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  let caseId: string;
  let otherId: string;
  const saved = Object.fromEntries(Object.keys(ENV).map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    Object.assign(process.env, ENV);
    stack = await startTestStack();
    s = steps(stack);
    const f = flows(stack);
    caseId = await f.disclosed(CITY, 'Lạc Văn Chứng Cứ');
    otherId = await f.disclosed(CITY, 'Lạc Thị Hồ Sơ Khác');
  });
  afterAll(async () => {
    await stack?.close();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });

  const object = (id: string, body: object) => stack.http().post(`/api/public/disclosures/${id}/objections`).send(body);
  const upload = (id: string, content: Buffer, name: string) =>
    stack.http().post(`/api/public/disclosures/${id}/evidence`).attach('file', content, name);
  const eventCount = async (id: string) => (await s.events(users.admin, id)).body.length as number;
  const storedCount = async (hash: string) =>
    (
      (await stack.db.query(`SELECT count(*)::int AS n FROM documents WHERE sha256 = $1`, [hash])) as { n: number }[]
    )[0]!.n;
  const content = 'Thành tích kê khai chưa đúng thực tế tại đơn vị, có chứng cứ kèm theo.';

  it('refuses a missing or malformed contact at its field, in Vietnamese first, recording nothing', async () => {
    const before = await eventCount(caseId);
    for (const contact of [undefined, '', 'goi cho toi', '091234567', '09123456789', '+849123456789', 'a@b']) {
      const res = await object(caseId, { content, ...(contact === undefined ? {} : { contact }) }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const error = (res.body.errors as { field: string; reason: string; reasonEn: string }[]).find(
        (e) => e.field === 'contact',
      );
      expect(error?.reason).toMatch(VIETNAMESE);
      expect(error?.reason).toContain('số điện thoại');
      expect(error?.reasonEn).toContain('phone number');
    }
    expect(await eventCount(caseId)).toBe(before);
  });

  it('takes a phone number (0…, +84…, with spaces) or an e-mail address', async () => {
    for (const contact of ['+84 912 345 678', 'nguoi.dan@vi-du.vn'])
      must(await object(caseId, { content, contact }), 201);
  });

  it('stores evidence by content, and the office downloads it from the case; the unit and the public cannot', async () => {
    const pdf = makePdf(['Chung cu', randomUUID()]);
    const up = must(await upload(caseId, pdf, 'biên-bản-xác-minh.pdf'), 201).body;
    expect(up).toMatchObject({ sha256: sha256(pdf), mediaType: 'application/pdf', fileName: 'biên-bản-xác-minh.pdf' });
    const png = must(await upload(caseId, PNG, 'anh-chup.png'), 201).body;
    const objectionId = randomUUID();
    const filed = must(
      await object(caseId, {
        objectionId,
        content,
        contact: '0912345678',
        evidence: [{ sha256: up.sha256 }, { sha256: png.sha256 }],
      }),
      201,
    ).body;

    const view = (await s.view(users.office, caseId)).body;
    const objection = view.state.objections.find((o: { objectionId: string }) => o.objectionId === objectionId);
    expect(objection.contact).toBe('0912345678');
    expect(objection.evidence).toEqual([
      { sha256: up.sha256, size: pdf.length, mediaType: 'application/pdf', fileName: 'biên-bản-xác-minh.pdf' },
      { sha256: png.sha256, size: PNG.length, mediaType: 'image/png', fileName: 'anh-chup.png' },
    ]);
    const [event] = (await s.events(users.admin, caseId)).body.filter(
      (e: { type: string; data: { objectionId: string } }) =>
        e.type === 'ObjectionFiled' && e.data.objectionId === objectionId,
    );
    expect(event.data.evidence.map((f: { sha256: string }) => f.sha256)).toEqual([up.sha256, png.sha256]);

    // The office: with its token, and by a signed link for the case page.
    const office = `Bearer ${stack.token(users.office)}`;
    const got = await bytes(stack.http().get(`/api/documents/${up.sha256}`).set('Authorization', office)).expect(200);
    expect(Buffer.compare(got.body as Buffer, pdf)).toBe(0);
    const link = must(
      await stack
        .http()
        .post(`/api/documents/${png.sha256}/links`)
        .set('Authorization', office)
        .send({ nominationId: caseId }),
      201,
    ).body;
    const viaLink = await bytes(stack.http().get(link.url.replace(/^https?:\/\/[^/]+/, ''))).expect(200);
    expect(Buffer.compare(viaLink.body as Buffer, PNG)).toBe(0);

    // The nominee's own unit reads the case, not the citizen's evidence.
    const unit = `Bearer ${stack.token(users.unitOfficer)}`;
    expect((await stack.http().get(`/api/documents/${up.sha256}`).set('Authorization', unit)).status).toBe(404);
    // The public: no token, no signed link, and the status page names no file.
    expect((await stack.http().get(`/api/documents/${up.sha256}`)).status).toBe(401);
    expect((await stack.http().get(`/api/files/${up.sha256}`)).status).toBe(403);
    const status = await stack.http().get(`/api/public/objections/${filed.trackingCode}`).expect(200);
    expect(JSON.stringify(status.body)).not.toContain(up.sha256);
    expect(status.body).not.toHaveProperty('evidence');
  });

  it.each([
    ['a program', Buffer.from('MZ\x90\x00 not a pdf'), 'chung-cu.pdf'],
    ['a Word file (a dossier takes it, evidence does not)', makeDocx('Chung cu ' + randomUUID()), 'chung-cu.docx'],
  ])('refuses %s 422 at the field «file», storing nothing', async (_what, file, name) => {
    const res = await upload(caseId, file, name).expect(422);
    expect(res.body).toMatchObject({ code: 'EVIDENCE_TYPE_REFUSED', field: 'file' });
    expect(res.body.detail).toMatch(/chỉ nhận PDF, JPG hoặc PNG/);
    expect(await storedCount(sha256(file))).toBe(0);
  });

  it('refuses a file over 5 MB 413 at the field «file», storing nothing', async () => {
    const pdf = makePdf(['Qua lon', randomUUID()]);
    const big = Buffer.concat([pdf, Buffer.from(`%${' '.repeat(5 * 1048576)}\n`, 'latin1')]);
    const res = await upload(caseId, big, 'qua-lon.pdf');
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', field: 'file' });
    expect(res.body.detail).toContain('5 MB');
    expect(await storedCount(sha256(big))).toBe(0);
  });

  it('refuses evidence not uploaded for this case, or more than 3 files, at the field «evidence», recording nothing', async () => {
    const mine = must(await upload(otherId, makePdf(['Ho so khac', randomUUID()]), 'khac.pdf'), 201).body.sha256;
    const before = await eventCount(caseId);
    for (const hash of [mine, 'a'.repeat(64)]) {
      const res = await object(caseId, { content, contact: '0912345678', evidence: [{ sha256: hash }] }).expect(422);
      expect(res.body).toMatchObject({ code: 'EVIDENCE_NOT_UPLOADED', field: 'evidence' });
      expect(res.body.detail).toMatch(VIETNAMESE);
    }
    const four = Array.from({ length: 4 }, (_, i) => ({ sha256: String(i).repeat(64) }));
    const tooMany = await object(caseId, { content, contact: '0912345678', evidence: four }).expect(400);
    expect(tooMany.body.errors[0]).toMatchObject({ field: 'evidence' });
    expect(await eventCount(caseId)).toBe(before);
  });

  it('takes no evidence for a case that is not under disclosure', async () => {
    const draft = await flows(stack).filed(CITY, 'Lạc Văn Chưa Công Khai');
    const file = makePdf(['Chua cong khai', randomUUID()]);
    const res = await upload(draft, file, 'som.pdf').expect(409);
    expect(res.body.code).toBe('DISCLOSURE_NOT_OPEN');
    expect((await upload(randomUUID(), file, 'khong-co.pdf')).status).toBe(404);
    expect(await storedCount(sha256(file))).toBe(0);
  });
});
