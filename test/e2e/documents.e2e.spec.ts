import { randomUUID } from 'node:crypto';
import { DEMO_DOCUMENTS, makePdf, sha256Of } from '../../scripts/demo/demo-documents';
import { CITY, flows, must } from '../support/case-flows';
import { bytes } from '../support/file-bytes';
import { decisionNumber, nominee, steps, todayVn } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/** Dossier files stored for real: uploaded once, read by who may read the case, opened by signed links. */
describe('dossier files', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  let f: ReturnType<typeof flows>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    f = flows(stack);
  });
  afterAll(async () => stack?.close());

  const rows = async (sha256: string) =>
    (
      await stack.db.query(
        `SELECT (SELECT count(*)::int FROM documents WHERE sha256 = $1) AS documents,
                (SELECT count(*)::int FROM document_chunks c JOIN documents d USING (content_id) WHERE d.sha256 = $1) AS chunks,
                (SELECT count(*)::int FROM document_uploads WHERE sha256 = $1) AS uploads`,
        [sha256],
      )
    )[0] as { documents: number; chunks: number; uploads: number };
  const read = (who: typeof users.office, sha256: string) =>
    bytes(stack.http().get(`/api/documents/${sha256}`).set('Authorization', s.as(who)));
  const create = async () =>
    must(await s.create(users.unitOfficer, { nominee: nominee('Lâm Thị Tài Liệu') }), 201).body.nominationId as string;

  it('stores a file once under the hash the server computes, with its name, for the uploader and the case readers only', async () => {
    const pdf = makePdf(['Bao cao thanh tich', randomUUID()]);
    const sha256 = sha256Of(pdf);
    const first = must(await s.upload(users.unitOfficer, pdf, 'Báo cáo thành tích.exe', { sha256: null }), 201);
    expect(first.body).toEqual({
      sha256,
      size: pdf.length,
      mediaType: 'application/pdf',
      fileName: 'Báo cáo thành tích.exe.pdf',
      type: 'PDF',
      duplicate: false,
    });
    expect(must(await s.upload(users.unitOfficer, pdf, 'Bản sao.pdf'), 201).body.duplicate).toBe(true);
    expect(await rows(sha256)).toEqual({ documents: 1, chunks: 1, uploads: 1 });

    const own = must(await read(users.unitOfficer, sha256), 200);
    expect(Buffer.compare(own.body as Buffer, pdf)).toBe(0);
    expect(own.headers['content-type']).toBe('application/pdf');
    // The name it was first stored under; the dossier lists each unit's own name for it.
    expect(own.headers['content-disposition']).toMatch(
      /^inline; filename="Bao cao thanh tich\.exe\.pdf"; filename\*=UTF-8''/,
    );
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    must(await read(users.office, sha256), 404);

    const id = await create();
    const documents = DEMO_DOCUMENTS.map((d) => (d.code === 'BAO_CAO_THANH_TICH' ? { ...d, sha256 } : d));
    must(await s.submit(users.unitOfficer, id, documents), 200);
    const listed = (await s.view(users.office, id)).body.state.documents.find(
      (d: { sha256: string }) => d.sha256 === sha256,
    );
    expect(listed).toMatchObject({ fileName: 'Bản sao.pdf', size: pdf.length, mediaType: 'application/pdf' });
    expect(Buffer.compare(must(await read(users.office, sha256), 200).body as Buffer, pdf)).toBe(0);
    must(await read(users.admin, sha256), 200);
    must(await read(users.schoolOfficer, sha256), 404);
    must(await read(users.officeSoGd, sha256), 404);
  });

  it('opens a file by a signed link without a token, that file only, for those who may read the case', async () => {
    const id = await f.submitted(CITY, 'Trần Văn Liên Kết');
    const sha256 = DEMO_DOCUMENTS[0]!.sha256;
    const link = (who: typeof users.office) =>
      stack.http().post(`/api/documents/${sha256}/links`).set('Authorization', s.as(who)).send({ nominationId: id });
    const issued = must(await link(users.member1), 201).body as { url: string; expiresAt: string; fileName: string };
    expect(issued.fileName).toBe('Tờ trình đề nghị khen thưởng.pdf');
    expect(Date.parse(issued.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);
    const opened = must(await bytes(stack.http().get(issued.url)), 200);
    expect(sha256Of(opened.body as Buffer)).toBe(sha256);
    expect(opened.headers['content-security-policy']).toContain("default-src 'none'");

    const other = issued.url.replace(sha256, DEMO_DOCUMENTS[1]!.sha256);
    expect(must(await stack.http().get(other), 403).body.code).toBe('DOCUMENT_LINK_INVALID');
    expect(must(await stack.http().get(issued.url.replace(/s=[^&]+/, 's=gia-mao')), 403).body.code).toBe(
      'DOCUMENT_LINK_INVALID',
    );
    must(await link(users.memberSoGd1), 404);
  });

  it("refuses a dossier naming a file its unit never uploaded, by the document's name, and changes nothing", async () => {
    const id = await create();
    const before = (await s.view(users.unitOfficer, id)).body.version as number;
    const unknown = DEMO_DOCUMENTS.map((d) => (d.code === 'TO_TRINH' ? { ...d, sha256: 'e'.repeat(64) } : d));
    const refused = must(await s.submit(users.unitOfficer, id, unknown), 422).body;
    expect(refused).toMatchObject({ code: 'DOCUMENT_NOT_UPLOADED', field: 'documents' });
    expect(refused.detail).toContain('«Tờ trình');
    expect(refused.detail).toContain('chưa được đơn vị tải lên');

    // A file the school uploaded is the school's, not the department's.
    const theirs = makePdf(['Cua truong', randomUUID()]);
    must(await s.upload(users.schoolOfficer, theirs, 'Của trường.pdf'), 201);
    const borrowed = DEMO_DOCUMENTS.map((d) => (d.code === 'TO_TRINH' ? { ...d, sha256: sha256Of(theirs) } : d));
    expect(must(await s.submit(users.unitOfficer, id, borrowed), 422).body.code).toBe('DOCUMENT_NOT_UPLOADED');
    const after = (await s.view(users.unitOfficer, id)).body;
    expect([after.status, after.version]).toEqual(['DRAFT', before]);
  });

  it("refuses a supplement naming a file its unit never uploaded, by the document's name, and changes nothing", async () => {
    const id = await f.submitted(CITY, 'Hà Văn Bổ Sung');
    must(await s.requestSupplement(users.office, id, ['BIEN_BAN_HOP']), 200);
    const before = (await s.view(users.unitOfficer, id)).body;
    expect(before.status).toBe('SUPPLEMENT_REQUESTED');
    const minutes = { code: 'BIEN_BAN_HOP', title: 'Biên bản họp (bản ký đủ)', sha256: 'd'.repeat(64) };
    const refused = must(await s.supplement(users.unitOfficer, id, [minutes]), 422).body;
    expect(refused).toMatchObject({ code: 'DOCUMENT_NOT_UPLOADED', field: 'documents' });
    expect(refused.detail).toContain('«Biên bản họp (bản ký đủ)»');
    expect(refused.detail).toContain('chưa được đơn vị tải lên');
    // Another unit's upload is not this unit's either.
    const theirs = makePdf(['Bien ban cua truong', randomUUID()]);
    must(await s.upload(users.schoolOfficer, theirs, 'Biên bản của trường.pdf'), 201);
    const borrowed = must(await s.supplement(users.unitOfficer, id, [{ ...minutes, sha256: sha256Of(theirs) }]), 422);
    expect(borrowed.body.code).toBe('DOCUMENT_NOT_UPLOADED');
    const after = (await s.view(users.unitOfficer, id)).body;
    expect([after.status, after.version]).toEqual(['SUPPLEMENT_REQUESTED', before.version]);
    // Once the unit uploads it, the same supplement is taken.
    const own = makePdf(['Bien ban hop', randomUUID()]);
    must(await s.upload(users.unitOfficer, own, 'Biên bản họp.pdf'), 201);
    must(await s.supplement(users.unitOfficer, id, [{ ...minutes, sha256: sha256Of(own) }]), 200);
  });

  it('keeps one copy of a content two units upload, each upload recorded under its own name', async () => {
    const pdf = makePdf(['Cung mot tep', randomUUID()]);
    const sha256 = sha256Of(pdf);
    expect(must(await s.upload(users.unitOfficer, pdf, 'Của sở.pdf'), 201).body.duplicate).toBe(false);
    expect(must(await s.upload(users.schoolOfficer, pdf, 'Của trường.pdf'), 201).body.duplicate).toBe(true);
    expect(await rows(sha256)).toEqual({ documents: 1, chunks: 1, uploads: 2 });
    const names = (await stack.db.query(
      `SELECT owner_id AS "ownerId", file_name AS "fileName" FROM document_uploads WHERE sha256 = $1 ORDER BY owner_id`,
      [sha256],
    )) as { ownerId: string; fileName: string }[];
    expect(names).toEqual([
      { ownerId: 'SO-GD', fileName: 'Của sở.pdf' },
      { ownerId: 'THPT-CVA', fileName: 'Của trường.pdf' },
    ]);
    must(await read(users.schoolOfficer, sha256), 200);
  });

  it('stores a 20 MB file in 256 KiB rows and gives back the very bytes, streamed', async () => {
    // A PDF padded to the default per-file limit exactly (20 MB): taken, and kept as 80 rows.
    const head = makePdf(['Ho so lon', randomUUID()]);
    const big = Buffer.alloc(20 * 1048576, 0x20);
    head.copy(big);
    big.write('\n%%EOF\n', big.length - 7, 'latin1');
    const sha256 = sha256Of(big);
    const stored = must(await s.upload(users.unitOfficer, big, 'Hồ sơ lớn.pdf'), 201).body;
    expect(stored).toMatchObject({ sha256, size: big.length, type: 'PDF' });
    const chunks = (await stack.db.query(
      `SELECT count(*)::int AS n, max(octet_length(c.data))::int AS largest, min(c.seq)::int AS first, max(c.seq)::int AS last
         FROM document_chunks c JOIN documents d USING (content_id) WHERE d.sha256 = $1`,
      [sha256],
    )) as { n: number; largest: number; first: number; last: number }[];
    expect(chunks[0]).toEqual({ n: 80, largest: 262144, first: 0, last: 79 });
    const back = must(await read(users.unitOfficer, sha256), 200);
    expect(back.headers['content-length']).toBe(String(big.length));
    expect(sha256Of(back.body as Buffer)).toBe(sha256);
    // One byte more than the limit is refused, naming the limit, and leaves nothing.
    const over = Buffer.concat([big, Buffer.from(' ')]);
    const refused = must(await s.upload(users.unitOfficer, over, 'Quá lớn.pdf'), 413).body;
    expect(refused).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    expect(refused.detail).toContain('«Quá lớn.pdf»');
    expect(refused.detail).toContain('20 MB');
    expect(await rows(sha256Of(over))).toEqual({ documents: 0, chunks: 0, uploads: 0 });
  });

  it('takes a JPEG photo by its content, whatever its extension, and shows it inline', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from(`JFIF ${randomUUID()}`)]);
    const stored = must(await s.upload(users.unitOfficer, jpeg, 'Ảnh tập thể.jpeg'), 201).body;
    expect(stored).toMatchObject({ type: 'JPEG', mediaType: 'image/jpeg', fileName: 'Ảnh tập thể.jpeg' });
    const got = must(await read(users.unitOfficer, stored.sha256), 200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['content-disposition']).toMatch(/^inline; /);
  });

  it('takes the signed decision as a PDF the authority uploaded, and shows it on the case and the public list', async () => {
    const id = await f.awaitingDecision(CITY, 'Phạm Thị Quyết Định');
    const pdf = makePdf(['Quyet dinh khen thuong', randomUUID()]);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(randomUUID()),
    ]);
    must(await s.upload(users.authority, pdf, 'QĐ 125 đã ký.pdf'), 201);
    must(await s.upload(users.authority, png, 'QĐ chụp.png'), 201);
    const award = (sha256: string) => ({
      outcome: 'AWARD',
      decisionNumber: decisionNumber('UBND'),
      decisionDate: todayVn(),
      signedDocument: { sha256 },
    });
    const notPdf = must(await s.decide(users.authority, id, award(sha256Of(png))), 422).body;
    expect(notPdf).toMatchObject({ code: 'DECISION_NOT_PDF', field: 'signedDocument' });
    expect(notPdf.detail).toContain('«QĐ chụp.png»');
    const notOurs = must(await s.decide(users.authority, id, award(DEMO_DOCUMENTS[0]!.sha256)), 422).body;
    expect(notOurs.code).toBe('DOCUMENT_NOT_UPLOADED');

    must(await s.decide(users.authority, id, award(sha256Of(pdf))), 200);
    const decision = (await s.view(users.office, id)).body.state.decision;
    expect(decision.signedDocument).toMatchObject({
      code: 'QUYET_DINH',
      fileName: 'QĐ 125 đã ký.pdf',
      size: pdf.length,
    });
    const listed = must(await stack.http().get('/api/public/awards'), 200).body.items.find(
      (a: { nominationId: string }) => a.nominationId === id,
    );
    expect(listed).toMatchObject({ nomineeName: 'Phạm Thị Quyết Định', decisionNumber: decision.decisionNumber });
    const published = must(await bytes(stack.http().get(listed.decisionUrl)), 200);
    expect(Buffer.compare(published.body as Buffer, pdf)).toBe(0);
    // The member who voted opens it from the case, like the dossier.
    must(await read(users.member1, sha256Of(pdf)), 200);
  });
});
