import { randomUUID } from 'node:crypto';
import { CITY, flows, must } from '../support/case-flows';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * A citizen's objection gets a tracking code on its receipt, and the public status page tells where it
 * stands by that code (received, then resolved with the office's note); a contact that is neither a
 * phone number nor an e-mail address is refused at its field, with nothing recorded.
 */
describe('objection receipts and their public status', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  let f: ReturnType<typeof flows>;

  beforeAll(async () => {
    process.env.KHEN_DISCLOSURE_OVERRIDE_MS = '60000';
    stack = await startTestStack();
    s = steps(stack);
    f = flows(stack);
  });
  afterAll(() => stack?.close());

  const file = (id: string, body: object) => stack.http().post(`/api/public/disclosures/${id}/objections`).send(body);

  it('gives a tracking code, and the public page follows the objection to its resolution', async () => {
    const id = await f.disclosed(CITY, 'Bạch Văn Theo Dõi');
    const objectionId = randomUUID();
    const filed = await file(id, {
      objectionId,
      content: 'Thành tích kê khai chưa đúng thực tế tại đơn vị.',
      contact: '0912 345 678',
    }).expect(201);
    expect(filed.body.trackingCode).toBe(`PA-${objectionId.slice(0, 8).toUpperCase()}`);
    const open = await stack.http().get(`/api/public/objections/${filed.body.trackingCode}`).expect(200);
    expect(open.body).toMatchObject({
      trackingCode: filed.body.trackingCode,
      nomineeName: 'Bạch Văn Theo Dõi',
      status: 'OPEN',
      note: null,
    });
    expect(open.body).not.toHaveProperty('contact');
    must(await s.resolve(users.office, id, objectionId, 'DISMISSED', 'Đã xác minh, thành tích đúng.'), 200);
    const done = await stack.http().get(`/api/public/objections/${filed.body.trackingCode.toLowerCase()}`).expect(200);
    expect(done.body).toMatchObject({ status: 'DISMISSED', note: 'Đã xác minh, thành tích đúng.' });
  });

  it('says an unknown or malformed code is not found', async () => {
    for (const code of ['PA-00000000', 'khong-phai-ma']) {
      const res = await stack.http().get(`/api/public/objections/${code}`).expect(404);
      expect(res.body).toMatchObject({ code: 'OBJECTION_CODE_UNKNOWN', field: 'code' });
      expect(res.body.detail).toContain('PA-1A2B3C4D');
    }
  });

  it.each(['khong co', '12345', 'a@b'])('refuses the contact %p at its field, recording nothing', async (contact) => {
    const id = await f.disclosed(CITY, `Người Liên Hệ ${contact}`);
    const before = (await s.events(users.admin, id)).body.length;
    const res = await file(id, { content: 'Thành tích kê khai chưa đúng thực tế.', contact }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'contact' });
    expect((await s.events(users.admin, id)).body.length).toBe(before);
  });
});
