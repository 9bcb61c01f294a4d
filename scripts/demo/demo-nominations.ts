import { readFileSync } from 'node:fs';
import { DEMO_DOCUMENTS, DEPARTMENT_CAMPAIGN } from './demo-directory';

/**
 * Demo cases filed through the real API (the one write path), at different stages, with fixed ids
 * so that a second `npm start` finds them (409) instead of filing them twice.
 */
const API = process.env.KHEN_API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 3000}/api`;
const tokens = Object.fromEntries(
  readFileSync(process.argv[2] ?? '.data/demo-tokens.env', 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('=') as [string, string]),
);

async function call(
  token: string,
  path: string,
  body: object = {},
): Promise<{ status: number; json: { code?: string; detail?: string } }> {
  const res = await fetch(`${API}/nominations${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { code?: string } };
}

async function must(step: string, token: string, path: string, body: object = {}): Promise<void> {
  const r = await call(token, path, body);
  if (r.status >= 300) throw new Error(`demo ${step}: ${r.status} ${r.json.code} ${r.json.detail ?? ''}`);
}

type Stage = 'draft' | 'submitted' | 'supplement' | 'ballot' | 'disclosure';
interface DemoCase {
  id: string;
  name: string;
  award: string;
  stage: Stage;
  subject?: string;
  school?: boolean;
}

const CASES: DemoCase[] = [
  { id: 'd0000000-0000-4000-8000-000000000001', name: 'Hoàng Văn Nam', award: 'LDTT', stage: 'draft', school: true },
  { id: 'd0000000-0000-4000-8000-000000000002', name: 'Lý Thị Mai', award: 'BK_TINH', stage: 'submitted' },
  {
    id: 'd0000000-0000-4000-8000-000000000003',
    name: 'Phòng Giáo dục Trung học',
    award: 'BK_TINH',
    stage: 'ballot',
    subject: 'COLLECTIVE',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000004',
    name: 'Đinh Thị Thu',
    award: 'LDTT',
    stage: 'supplement',
    school: true,
  },
  { id: 'd0000000-0000-4000-8000-000000000005', name: 'Vương Quốc Bảo', award: 'BK_TINH', stage: 'disclosure' },
];

async function main(): Promise<void> {
  for (const c of CASES) {
    const officer = c.school ? tokens.TOKEN_SCHOOL_OFFICER : tokens.TOKEN_UNIT_OFFICER;
    const office = c.school ? tokens.TOKEN_OFFICE_SO_GD : tokens.TOKEN_OFFICE;
    const created = await call(officer, '', {
      nominationId: c.id,
      awardCode: c.award,
      kind: 'CONG_TRANG',
      campaignId: c.school ? DEPARTMENT_CAMPAIGN : 'TONG-KET-2026',
      councilId: c.school ? 'HD-SO-GD' : 'HD-TP',
      nominee: { name: c.name, subject: c.subject ?? 'INDIVIDUAL', position: c.subject ? undefined : 'Giáo viên' },
      achievements: { ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] },
    });
    if (created.status === 409) {
      console.log(`  ${c.id} ${c.name}: already loaded`);
      continue;
    }
    if (created.status >= 300)
      throw new Error(`demo case ${c.name}: ${created.status} ${JSON.stringify(created.json)}`);
    if (c.stage !== 'draft') await must('submit', officer, `/${c.id}/submit`, { documents: DEMO_DOCUMENTS });
    if (c.stage === 'supplement')
      await must('supplement request', office, `/${c.id}/supplement-requests`, {
        missing: ['BIEN_BAN_HOP'],
        note: 'Bổ sung biên bản họp có đủ chữ ký của Hội đồng TĐKT trường.',
      });
    if (c.stage === 'ballot' || c.stage === 'disclosure')
      await must('appraisal', office, `/${c.id}/appraisal`, { opinion: 'Hồ sơ đầy đủ, đúng quy định.' });
    if (c.stage === 'disclosure') {
      for (const m of ['TOKEN_MEMBER1', 'TOKEN_MEMBER2', 'TOKEN_MEMBER3', 'TOKEN_MEMBER5'])
        await must('vote', tokens[m], `/${c.id}/votes`, { choice: 'APPROVE' });
      await must('ballot close', office, `/${c.id}/ballot/close`);
    }
    console.log(`  ${c.id} ${c.name} (${c.award}): ${c.stage}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
