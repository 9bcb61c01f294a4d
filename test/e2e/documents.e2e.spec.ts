import { createHash } from 'node:crypto';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-directory';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/** Dossier documents by content hash: stored once, readable by who may read a case that lists them. */
describe('documents', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  it("stores a document under its SHA-256 and serves it to the uploader and to the case's readers only", async () => {
    const content = Buffer.from(`Báo cáo thành tích năm 2026 — ${Date.now()}`, 'utf8');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const uploaded = await stack
      .http()
      .post('/api/documents')
      .set('Authorization', s.as(users.unitOfficer))
      .set('Content-Type', 'application/pdf')
      .send(content)
      .expect(201);
    expect(uploaded.body).toEqual({ sha256, size: content.length, mediaType: 'application/pdf' });
    const get = (who: typeof users.office) =>
      stack.http().get(`/api/documents/${sha256}`).set('Authorization', s.as(who));
    expect((await get(users.unitOfficer).expect(200)).body.equals(content)).toBe(true);
    await get(users.office).expect(404);

    const created = await s
      .create(users.unitOfficer, { nominee: { name: 'Lâm Thị Tài Liệu', subject: 'INDIVIDUAL' } })
      .expect(201);
    const documents = DEMO_DOCUMENTS.map((d) => (d.code === 'BAO_CAO_THANH_TICH' ? { ...d, sha256 } : d));
    await s.submit(users.unitOfficer, created.body.nominationId, documents).expect(200);
    expect((await get(users.office).expect(200)).body.equals(content)).toBe(true);
    await get(users.admin).expect(200);
    await get(users.schoolOfficer).expect(404);
    await get(users.officeSoGd).expect(404);
  });
});
