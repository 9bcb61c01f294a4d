/** Kinds of nomination (loại hình khen thưởng, docs/domain.md §4). */
export const NOMINATION_KINDS = ['CONG_TRANG', 'THEO_DOT', 'DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN', 'DOI_NGOAI'] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];

export const KIND_NAMES_VI: Record<NominationKind, string> = {
  CONG_TRANG: 'Khen thưởng theo công trạng và thành tích',
  THEO_DOT: 'Khen thưởng theo đợt, chuyên đề',
  DOT_XUAT: 'Khen thưởng đột xuất',
  CONG_HIEN: 'Khen thưởng quá trình cống hiến',
  NIEN_HAN: 'Khen thưởng theo niên hạn',
  DOI_NGOAI: 'Khen thưởng đối ngoại',
};

export const KIND_NAMES_EN: Record<NominationKind, string> = {
  CONG_TRANG: 'Merit (regular)',
  THEO_DOT: 'Campaign / thematic',
  DOT_XUAT: 'Extraordinary',
  CONG_HIEN: 'Lifetime contribution',
  NIEN_HAN: 'Seniority',
  DOI_NGOAI: 'Foreign relations',
};

export const isNominationKind = (value: unknown): value is NominationKind =>
  (NOMINATION_KINDS as readonly unknown[]).includes(value);
