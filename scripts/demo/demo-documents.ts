import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { loadDocumentLimits, PostgresDocumentStore } from '@khen/projections';

/**
 * Real files for the demo and the tests: small PDFs made here (one page, Helvetica, no dependency), whose
 * SHA-256 is what a dossier refers to. The text is written without diacritics, because the standard PDF
 * fonts have no Vietnamese glyphs; the dossier's titles carry the Vietnamese.
 */
export function makePdf(lines: string[]): Buffer {
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]/g, '?')
      .replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines
    .map((l, i) => `BT /F1 ${i === 0 ? 20 : 12} Tf 56 ${770 - i * 28} Td (${ascii(l)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const sha256Of = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface DemoFile {
  code: string;
  title: string;
  fileName: string;
  content: Buffer;
}

/** The three files of a complete regular dossier (documents of Law 06/2022 art. 84). */
export const DEMO_FILES: DemoFile[] = [
  {
    code: 'TO_TRINH',
    title: 'Tờ trình đề nghị khen thưởng',
    fileName: 'Tờ trình đề nghị khen thưởng.pdf',
    content: makePdf(['To trinh de nghi khen thuong', 'So Giao duc va Dao tao', 'Kinh gui: Hoi dong TDKT Thanh pho']),
  },
  {
    code: 'BAO_CAO_THANH_TICH',
    title: 'Báo cáo thành tích năm 2026',
    fileName: 'Báo cáo thành tích 2026.pdf',
    content: makePdf(['Bao cao thanh tich nam 2026', 'Hoan thanh xuat sac nhiem vu', 'Sang kien cap co so']),
  },
  {
    code: 'BIEN_BAN_HOP',
    title: 'Biên bản họp Hội đồng TĐKT đơn vị',
    fileName: 'Biên bản họp HĐ TĐKT.pdf',
    content: makePdf(['Bien ban hop Hoi dong TDKT don vi', 'Ket qua bo phieu: 9/9 tan thanh']),
  },
];

/** The dossier that refers to DEMO_FILES by their hashes. */
export const DEMO_DOCUMENTS = DEMO_FILES.map(({ code, title, content }) => ({
  code,
  title,
  sha256: sha256Of(content),
}));

/** Uploads one file as the pages do (multipart/form-data, field `file`); answers the API's JSON. */
export async function uploadFile(
  apiUrl: string,
  token: string,
  content: Buffer,
  fileName: string,
): Promise<{ status: number; body: { sha256?: string; code?: string; detail?: string } }> {
  const form = new FormData();
  form.append('sha256', sha256Of(content));
  form.append('file', new Blob([content], { type: 'application/pdf' }), fileName);
  const res = await fetch(`${apiUrl}/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as { sha256?: string } };
}

/** Uploads the demo dossier's files for the token's unit (idempotent: the store keeps each content once). */
export async function uploadDemoDocuments(apiUrl: string, token: string): Promise<void> {
  for (const f of DEMO_FILES) {
    const r = await uploadFile(apiUrl, token, f.content, f.fileName);
    if (r.status !== 201)
      throw new Error(`demo upload ${f.fileName}: ${r.status} ${r.body.code} ${r.body.detail ?? ''}`);
  }
}

/** The units whose officers file the demo's and the tests' dossiers. */
export const DEMO_UPLOADERS = ['SO-GD', 'THPT-CVA'];

/**
 * The demo dossier's files put into the document store (the API's own store, so sniffed and chunked alike)
 * as uploaded by each unit of `ownerIds`: for the demo data and for the runs that send commands without
 * uploading first (the drill, the benchmarks, the workflow suites). Idempotent: each content is kept once.
 */
export async function seedDemoUploads(db: DataSource, ownerIds = DEMO_UPLOADERS, userId = 'demo-seed'): Promise<void> {
  const store = new PostgresDocumentStore(db);
  const { maxFileBytes } = loadDocumentLimits();
  for (const ownerId of ownerIds)
    for (const f of DEMO_FILES)
      await store.put(Readable.from([f.content]), {
        fileName: f.fileName,
        owner: { ownerId, userId },
        maxBytes: maxFileBytes,
      });
}
