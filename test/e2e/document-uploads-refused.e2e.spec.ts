import { randomUUID } from 'node:crypto';
import { DEMO_DOCUMENTS, makePdf, sha256Of } from '../../scripts/demo/demo-documents';
import { makeDocx, makeXlsx } from '../../libs/projections/src/documents/testing/office-files';
import { must } from '../support/case-flows';
import { nominee, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

const LIMITS = { KHEN_MAX_FILE_MB: '1', KHEN_MAX_DOSSIER_MB: '2' };

/** A PDF of about `kb` kilobytes (its content stream padded): over or under the suite's limits. */
const pdfOf = (kb: number) => {
  const pdf = makePdf(['Ho so', randomUUID()]);
  return Buffer.concat([pdf, Buffer.from(`%${' '.repeat(kb * 1024 - pdf.length)}\n`, 'latin1')]);
};

/** Bad files (docs/architecture.md, "Dossier files"): each a 4xx in Vietnamese naming the file, nothing stored. */
describe('uploads refused, with nothing stored', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    Object.assign(process.env, LIMITS);
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => {
    await stack?.close();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });

  /** What the store holds of a content or a file name: nothing, for a refused upload. */
  const traces = async (sha256: string, fileName: string) =>
    (
      await stack.db.query(
        `SELECT (SELECT count(*)::int FROM documents WHERE sha256 = $1)
              + (SELECT count(*)::int FROM document_uploads WHERE sha256 = $1 OR file_name = $2)
              + (SELECT count(*)::int FROM document_chunks c WHERE NOT EXISTS
                  (SELECT 1 FROM documents d WHERE d.content_id = c.content_id)) AS n`,
        [sha256, fileName],
      )
    )[0].n as number;

  const tag = randomUUID().slice(0, 8);
  const CASES: [what: string, content: Buffer, name: string, status: number, code: string, says: string][] = [
    [
      'a renamed executable',
      Buffer.from('MZ\x90\x00\x03 This program cannot be run in DOS mode', 'latin1'),
      `tờ trình ${tag}.pdf`,
      422,
      'DOCUMENT_TYPE_REFUSED',
      'chương trình chạy được',
    ],
    ['an empty file', Buffer.alloc(0), `rỗng ${tag}.pdf`, 400, 'EMPTY_DOCUMENT', '0 byte'],
    ['a file over the per-file limit', pdfOf(1100), `lớn ${tag}.pdf`, 413, 'DOCUMENT_TOO_LARGE', '1 MB'],
    [
      'a macro-enabled Word file',
      makeDocx('Macro', { macro: true }),
      `macro ${tag}.docx`,
      422,
      'DOCUMENT_TYPE_REFUSED',
      'macro',
    ],
    [
      'an old Word file',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      `cũ ${tag}.doc`,
      422,
      'DOCUMENT_TYPE_REFUSED',
      '.doc',
    ],
    [
      'an HTML page',
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      `trang ${tag}.pdf`,
      422,
      'DOCUMENT_TYPE_REFUSED',
      'HTML',
    ],
  ];

  it.each(CASES)('refuses %s', async (_what, content, name, status, code, says) => {
    const refused = must(await s.upload(users.unitOfficer, content, name), status).body;
    expect(refused).toMatchObject({ code, field: 'file' });
    expect(refused.detail).toContain(`«${name}»`);
    expect(refused.detail).toContain(says);
    expect(refused.detailEn).toBeTruthy();
    expect(await traces(sha256Of(content), name)).toBe(0);
  });

  it('refuses a file whose content differs from the hash declared with it', async () => {
    const pdf = makePdf(['Khac ma', randomUUID()]);
    const name = `khác mã ${tag}.pdf`;
    const refused = must(await s.upload(users.unitOfficer, pdf, name, { sha256: 'b'.repeat(64) }), 422).body;
    expect(refused).toMatchObject({ code: 'DOCUMENT_HASH_MISMATCH', field: 'sha256' });
    expect(refused.detail).toContain(`«${name}»`);
    expect(await traces(sha256Of(pdf), name)).toBe(0);
  });

  it('refuses an upload cut off before the form ends', async () => {
    const name = `dở ${tag}.pdf`;
    const head = `--XYZ\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n%PDF-1.4 ${randomUUID()}`;
    const refused = must(
      await stack
        .http()
        .post('/api/documents')
        .set('Authorization', s.as(users.unitOfficer))
        .set('Content-Type', 'multipart/form-data; boundary=XYZ')
        .send(head),
      400,
    ).body;
    expect(refused.code).toBe('UPLOAD_TRUNCATED');
    expect(refused.detail).toContain(`«${name}»`);
    expect(await traces('-', name)).toBe(0);
  });

  it('takes Word and Excel files by their content, and sends them as downloads', async () => {
    for (const [content, name, mediaType] of [
      [
        makeDocx(`Báo cáo ${tag}`),
        `Báo cáo ${tag}`,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [makeXlsx(), `Bảng ${tag}.zip`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const stored = must(await s.upload(users.unitOfficer, content, name), 201).body;
      expect(stored.mediaType).toBe(mediaType);
      const got = must(
        await stack.http().get(`/api/documents/${stored.sha256}`).set('Authorization', s.as(users.unitOfficer)),
        200,
      );
      expect(got.headers['content-type']).toBe(mediaType);
      expect(got.headers['content-disposition']).toMatch(/^attachment; /);
    }
  });

  it("refuses a dossier whose files together pass the dossier's limit, saying both sizes", async () => {
    const files = [pdfOf(900), pdfOf(900), pdfOf(900)];
    for (const [i, pdf] of files.entries()) must(await s.upload(users.unitOfficer, pdf, `phần ${i} ${tag}.pdf`), 201);
    const created = must(await s.create(users.unitOfficer, { nominee: nominee('Đỗ Văn Dung Lượng') }), 201);
    const documents = DEMO_DOCUMENTS.map((d, i) => ({ ...d, sha256: sha256Of(files[i]!) }));
    const id = created.body.nominationId as string;
    const before = (await s.view(users.unitOfficer, id)).body.version as number;
    const refused = must(await s.submit(users.unitOfficer, id, documents), 422).body;
    expect(refused.code).toBe('DOSSIER_TOO_LARGE');
    expect(refused.detail).toContain('2 MB');
    expect(refused.detail).toMatch(/2,6 MB/);
    // Nothing recorded: the case is still the draft it was.
    const after = (await s.view(users.unitOfficer, id)).body;
    expect([after.status, after.version]).toEqual(['DRAFT', before]);
  });
});
