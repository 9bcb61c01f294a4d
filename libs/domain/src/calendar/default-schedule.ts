import { addCivilDays, type CivilDate, dayOfWeek } from './civil-date';
import { hungKingsDay, lunarNewYear } from './lunar';
import type { YearSchedule } from './working-days';

const isWeekend = (d: CivilDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

/**
 * A year's days off as the Labour Code 2019 computes them, before the Government's announcement:
 * art. 112: 1/1; Tết 5 days; Giỗ Tổ 10/3 âm lịch; 30/4; 1/5; 2/9 plus one adjacent day;
 * art. 111.3: a holiday on a weekend gives a compensatory day off on the next working day.
 * The Tết block (the eve and four days, [U]) and the day next to 2/9 are defaults an admin's
 * official schedule replaces.
 */
export function defaultYearSchedule(year: number): YearSchedule {
  const tet = lunarNewYear(year);
  const sep2 = `${year}-09-02`;
  // The adjacent day joins a weekend where it can: Thursday 2/9 → Friday 3/9, otherwise 1/9. [U]
  const sepAdjacent = dayOfWeek(sep2) === 4 ? addCivilDays(sep2, 1) : addCivilDays(sep2, -1);
  // Each weekend holiday takes the first free working day after it, so the days off come out the same in any
  // order (checked for 1900–2200): the sort is for reading.
  // Stryker disable next-line MethodExpression: see above
  const holidays = [
    `${year}-01-01`,
    ...[-1, 0, 1, 2, 3].map((n) => addCivilDays(tet, n)),
    hungKingsDay(year),
    `${year}-04-30`,
    `${year}-05-01`,
    sepAdjacent,
    sep2,
  ].sort();
  const off = new Set(holidays.filter((d) => !isWeekend(d)));
  for (const h of holidays.filter(isWeekend)) {
    let d = addCivilDays(h, 1);
    while (isWeekend(d) || off.has(d) || holidays.includes(d)) d = addCivilDays(d, 1);
    off.add(d);
  }
  return {
    year,
    daysOff: [...off].sort(),
    workingWeekendDays: [],
    source: 'Tính theo Bộ luật Lao động 2019, Điều 111–112 (mặc định, chưa có thông báo chính thức)',
  };
}
