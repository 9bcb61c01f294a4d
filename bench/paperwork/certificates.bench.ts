import { createHash, randomUUID } from 'node:crypto';
import { initialState, type NominationState } from '@khen/domain';
import {
  certificateCode,
  certificateModel,
  type DirectoryFacts,
  renderCertificates,
  SEED_LAYOUTS,
} from '../../apps/api/src/paperwork/drafting';
import { emit, round } from '../lib/output';

/**
 * The certificates of one decision, printed in bulk: N awardees (BENCH_CERTIFICATES, 1000) into one PDF,
 * one page each, with the fonts embedded and a QR code per page. Target: under a minute on this machine.
 */
const N = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const DIR: DirectoryFacts = {
  place: 'Hà Nội',
  unitName: () => 'Sở Giáo dục và Đào tạo',
  campaignName: () => 'Tổng kết phong trào thi đua năm 2026',
  council: { name: 'Hội đồng Thi đua – Khen thưởng Thành phố', authorityName: 'Chủ tịch UBND Thành phố', members: [] },
};
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const GIVEN = ['Thị Lan', 'Văn Hùng', 'Minh Châu', 'Quốc Việt', 'Thu Trang', 'Đức Anh', 'Thị Hoa', 'Hữu Phước'];

function award(i: number): NominationState {
  return {
    ...initialState(),
    nominationId: randomUUID(),
    unitId: 'SO-GD',
    campaignId: 'TONG-KET-2026',
    awardCode: 'BK_TINH',
    nominee: {
      key: `K-${i}`,
      name: `${SURNAMES[i % SURNAMES.length]} ${GIVEN[i % GIVEN.length]} ${i + 1}`,
      subject: 'INDIVIDUAL',
      unitId: 'SO-GD',
      position: 'Giáo viên',
    },
    decision: {
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-11-20',
      signerId: 'ct',
      signerName: 'Trần Sỹ Thanh',
      authorityId: 'UBND-TP',
      level: 'PROVINCE',
      byHigherLevel: false,
    },
    outcome: 'AWARDED',
  };
}

async function main() {
  const startedAt = new Date().toISOString();
  const awards = Array.from({ length: N }, (_, i) => award(i));
  const t0 = process.hrtime.bigint();
  const pages = awards.map((state) => {
    const code = certificateCode(state.nominationId);
    return {
      model: certificateModel({ state }, DIR, code),
      verifyUrl: `https://khen.example/xac-minh/${code}`,
    };
  });
  const pdf = await renderCertificates(SEED_LAYOUTS.CERTIFICATE, pages, 'Bằng khen');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  emit({
    bench: 'paperwork',
    title: `${N} certificates of one decision into one PDF (one page each, fonts embedded, QR per page)`,
    startedAt,
    durationS: round(seconds),
    params: { certificates: N },
    pdfBytes: pdf.length,
    pdfSha256: createHash('sha256').update(pdf).digest('hex'),
    perCertificateMs: round((seconds * 1000) / N),
    rssMb: round(process.memoryUsage().rss / 2 ** 20),
    targets: [{ metric: 'seconds', target: '< 60', actual: round(seconds), met: seconds < 60 }],
    summary: `${N} certificates in ${round(seconds)} s (${round((seconds * 1000) / N)} ms each), ${round(pdf.length / 2 ** 20)} MiB`,
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(3);
});
