/**
 * Dates as Vietnamese administrative documents write them (Decree 30/2020/NĐ-CP, Appendix I): day, month
 * and year in Arabic numerals, a zero before a day under 10 and before the months 1 and 2.
 */
export function dateInWords(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m < 3 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** "Hà Nội, ngày 20 tháng 11 năm 2026". */
export const placeAndDate = (place: string, isoDate: string) => `${place}, ${dateInWords(isoDate)}`;

/** dd/MM/yyyy, as the pages and tables show a date. */
export function shortDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** A share with a decimal comma (66,67). */
export const percentVi = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');
