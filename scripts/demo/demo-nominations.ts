import { readFileSync } from 'node:fs';
import { DEMO_DOCUMENTS } from './demo-directory';

/**
 * Demo cases filed through the real API (the one write path), at different stages, with fixed ids
 * so that a second `npm start` finds them (409) instead of filing them twice.
 */
const API = process.env.KHEN_API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 3000}/api`;
const tokens = Object.fromEntries(readFileSync(process.argv[2] ?? '.data/demo-tokens.env', 'utf8').trim().split('\n').map((l) => l.split('=') as [string, string]));

async function call(token: string, path: string, body: object = {}): Promise<{ status: number; json: { code?: string } }> {
  const res = await fetch(`${API}/nominations${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() as { code?: string } };
}

const CASES = [
  { id: 'd0000000-0000-4000-8000-000000000001', name: 'Hoàng Văn Nam', award: 'LDTT', stage: 'draft' },
  { id: 'd0000000-0000-4000-8000-000000000002', name: 'Lý Thị Mai', award: 'CSTD_CS', stage: 'submitted' },
  { id: 'd0000000-0000-4000-8000-000000000003', name: 'Trường THPT Chu Văn An', award: 'TTLDTT', stage: 'ballot', subject: 'COLLECTIVE' },
];

async function main(): Promise<void> {
  for (const c of CASES) {
    const created = await call(tokens.TOKEN_UNIT_OFFICER, '', {
      nominationId: c.id, awardCode: c.award, kind: 'CONG_TRANG', campaignId: 'TONG-KET-2026', councilId: 'HD-TP',
      nominee: { name: c.name, subject: c.subject ?? 'INDIVIDUAL' },
    });
    if (created.status === 409) { console.log(`  ${c.id} ${c.name}: already loaded`); continue; }
    if (created.status >= 300) throw new Error(`demo case ${c.name}: ${created.status} ${JSON.stringify(created.json)}`);
    const docs = c.award === 'CSTD_CS' ? [...DEMO_DOCUMENTS, { code: 'CHUNG_NHAN_SANG_KIEN', title: 'Giấy chứng nhận sáng kiến', sha256: '4'.repeat(64) }] : DEMO_DOCUMENTS;
    if (c.stage !== 'draft') await call(tokens.TOKEN_UNIT_OFFICER, `/${c.id}/submit`, { documents: docs });
    if (c.stage === 'ballot') await call(tokens.TOKEN_OFFICE, `/${c.id}/appraisal`, { opinion: 'Hồ sơ đầy đủ.' });
    console.log(`  ${c.id} ${c.name} (${c.award}): ${c.stage}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
