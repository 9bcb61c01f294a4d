import { useState } from 'preact/hooks';
import type { SeatRow } from './directory-api';
import { F, SEATS, Select, useTx } from './directory-ui';

/** "code; name; seat; unit" per line → seat rows (seat by code or Vietnamese name). */
export function parseMembers(text: string): SeatRow[] {
  return text
    .split('\n')
    .map((l) => l.split(/[;\t]/).map((c) => c.trim()))
    .filter((c) => c.length >= 4 && c[0])
    .map(([memberId, name, seat, unitId]) => ({
      memberId: memberId!,
      name: name!,
      seat: SEATS.find(([code, vi]) => code === seat || vi.toLowerCase() === seat!.toLowerCase())?.[0] ?? seat!,
      unitId: unitId!,
    }));
}

export function MembersEditor({
  rows,
  onChange,
  prefix,
}: {
  rows: SeatRow[];
  onChange: (r: SeatRow[]) => void;
  prefix: string;
}) {
  const { tx } = useTx();
  const [paste, setPaste] = useState('');
  const set = (i: number, k: keyof SeatRow, v: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  /** A row's text cell, labelled by its column and the row's number. */
  const text = (i: number, k: 'memberId' | 'name' | 'unitId', vi: string, en: string) => (
    <td>
      <input
        aria-label={tx(`${vi} ${i + 1}`, `${en} ${i + 1}`)}
        value={rows[i]![k]}
        onInput={(e) => set(i, k, e.currentTarget.value)}
      />
    </td>
  );
  return (
    <fieldset>
      <legend>{tx(`Thành viên (${rows.length})`, `Members (${rows.length})`)}</legend>
      <table class="responsive members">
        <thead>
          <tr>
            <th scope="col">{tx('Mã người dùng', 'User id')}</th>
            <th scope="col">{tx('Họ và tên', 'Name')}</th>
            <th scope="col">{tx('Vị trí', 'Seat')}</th>
            <th scope="col">{tx('Mã đơn vị', 'Unit')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-member-row={i}>
              {text(i, 'memberId', 'Mã người dùng', 'User id')}
              {text(i, 'name', 'Họ và tên', 'Name')}
              <td>
                <Select id={`${prefix}-seat-${i}`} value={r.seat} onChange={(v) => set(i, 'seat', v)} options={SEATS} />
              </td>
              {text(i, 'unitId', 'Mã đơn vị', 'Unit')}
              <td>
                <button type="button" class="link" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  {tx('Bỏ', 'Remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, { memberId: '', name: '', seat: 'MEMBER', unitId: '' }])}>
        {tx('Thêm thành viên', 'Add a member')}
      </button>
      <F
        id={`${prefix}-paste`}
        label={tx('Dán danh sách thành viên', 'Paste a member list')}
        hint={tx(
          'Mỗi dòng: mã người dùng; họ và tên; vị trí; mã đơn vị',
          'One per line: user id; name; seat; unit code',
        )}
      >
        <textarea id={`${prefix}-paste`} rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
      </F>
      <button
        type="button"
        onClick={() => {
          onChange([...rows.filter((r) => r.memberId), ...parseMembers(paste)]);
          setPaste('');
        }}
      >
        {tx('Thêm từ danh sách đã dán', 'Add the pasted list')}
      </button>
    </fieldset>
  );
}
