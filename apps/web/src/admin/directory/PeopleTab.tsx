import { useState } from 'preact/hooks';
import { useDirectory } from '../../app/directory';
import { formatDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { Form } from '../../ui/Form';
import { ErrorBox, useAction } from '../../ui/ui';
import { DirectoryApi, fieldError, type PersonState } from './directory-api';
import { F, FormError, Reason, Select, useTx } from './directory-ui';

/** The seats a person may be given here (council seats are given in the council's membership). */
const ROLES: [string, string, string][] = [
  ['AUTHORITY', 'Người ký quyết định (thủ trưởng đơn vị)', 'Signing authority'],
  ['UNIT_OFFICER', 'Cán bộ thi đua của đơn vị', "Unit's awards officer"],
  ['TDKT_OFFICE', 'Cơ quan thường trực Hội đồng (Ban TĐKT)', "Council's awards office"],
  ['SLA_MONITOR', 'Theo dõi thời hạn', 'Deadline monitor'],
  ['ADMIN', 'Quản trị hệ thống', 'Administrator'],
];

/**
 * A person's seats: who signs for a unit, who files for it, who runs a council's office. Looked up by the
 * person's user id at the identity provider; each seat dated, granted and ended with a reason (audited),
 * read by the API at the person's next request.
 */
export function PeopleTab() {
  const { tx, pick, name } = useTx();
  const dir = useDirectory();
  const [subject, setSubject] = useState('');
  const [person, setPerson] = useState<{ version: number; state: PersonState } | null>(null);
  const [looked, setLooked] = useState(false);
  const load = useAction(async () => {
    setLooked(true);
    try {
      const r = await DirectoryApi.person(subject.trim());
      setPerson(r);
    } catch (e) {
      setPerson(null);
      if ((e as { status?: number }).status !== 404) throw e;
    }
  });
  const [f, setF] = useState({ name: '', role: 'AUTHORITY', unitId: '', councilId: '', from: '', to: '', reason: '' });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const grant = useAction(async () => {
    const body = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== ''));
    setPerson(await DirectoryApi.grantSeat(subject.trim(), body));
  });
  const [ending, setEnding] = useState({ to: '', reason: '' });
  const end = useAction(async (seatId: string) =>
    setPerson(await DirectoryApi.endSeat(subject.trim(), seatId, person!.version, ending)),
  );
  const err = (field: string) => fieldError(grant.error, field, pick);
  const fields = ['name', 'role', 'unitId', 'councilId', 'from', 'to', 'reason'];
  return (
    <div class="columns">
      <section class="card">
        <h2>{tx('Vai trò của một người', "A person's seats")}</h2>
        <Form
          class="filters"
          onSubmit={(e) => {
            e.preventDefault();
            void load.run();
          }}
        >
          <F id="p-subject" label={tx('Mã người dùng (tài khoản đăng nhập)', 'User id (sign-in account)')}>
            <input id="p-subject" required value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
          </F>
          <div class="field buttons">
            <button type="submit" class="secondary">
              {tx('Tra cứu', 'Look up')}
            </button>
          </div>
        </Form>
        <ErrorBox error={load.error} />
        {looked && !person && !load.busy && !load.error && (
          <p class="empty">{tx('Người này chưa được giao vai trò nào.', 'This person holds no seat yet.')}</p>
        )}
        {person && (
          <table class="responsive" data-testid="person-seats">
            <thead>
              <tr>
                <th scope="col">{tx('Vai trò', 'Seat')}</th>
                <th scope="col">{tx('Đơn vị, Hội đồng', 'Unit, council')}</th>
                <th scope="col">{tx('Thời hạn', 'Period')}</th>
                <th scope="col">{tx('Kết thúc', 'End')}</th>
              </tr>
            </thead>
            <tbody>
              {person.state.seats.map((s) => (
                <tr key={s.seatId} data-seat={s.seatId}>
                  <td>{name(ROLES, s.role)}</td>
                  <td>
                    {s.unitId
                      ? dir.unitName(s.unitId)
                      : (dir.councils.find((c) => c.councilId === s.councilId)?.name ?? s.councilId ?? '—')}
                  </td>
                  <td>
                    {formatDate(s.from)} – {s.to ? formatDate(s.to) : tx('nay', 'now')}
                  </td>
                  <td>
                    {!s.to && (
                      <button
                        type="button"
                        class="secondary"
                        disabled={end.busy}
                        onClick={() => void end.run(s.seatId)}
                      >
                        {tx('Kết thúc vai trò', 'End the seat')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {person && (
          <div class="form-grid">
            <F
              id="p-end-to"
              label={tx('Ngày cuối cùng giữ vai trò', 'Last day in the seat')}
              error={fieldError(end.error, 'to', pick)}
            >
              <DateInput id="p-end-to" value={ending.to} onChange={(v) => setEnding({ ...ending, to: v })} />
            </F>
            <Reason
              id="p-end-reason"
              value={ending.reason}
              onChange={(v) => setEnding({ ...ending, reason: v })}
              error={fieldError(end.error, 'reason', pick)}
            />
            <FormError error={end.error} fields={['to', 'reason']} />
          </div>
        )}
      </section>
      <Form
        class="card form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void grant.run();
        }}
      >
        <h2 class="span2">{tx('Giao vai trò', 'Grant a seat')}</h2>
        <F id="p-name" label={tx('Họ và tên', 'Full name')} error={err('name')}>
          <input id="p-name" value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
        </F>
        <F id="p-role" label={tx('Vai trò', 'Seat')} error={err('role')}>
          <Select id="p-role" value={f.role} onChange={set('role')} options={ROLES} />
        </F>
        <F id="p-unit" label={tx('Mã đơn vị', 'Unit code')} error={err('unitId')}>
          <input id="p-unit" value={f.unitId} onInput={(e) => set('unitId')(e.currentTarget.value)} />
        </F>
        <F id="p-council" label={tx('Mã Hội đồng (Ban TĐKT)', 'Council code (awards office)')} error={err('councilId')}>
          <input id="p-council" value={f.councilId} onInput={(e) => set('councilId')(e.currentTarget.value)} />
        </F>
        <F id="p-from" label={tx('Từ ngày', 'From')} error={err('from')}>
          <DateInput id="p-from" value={f.from} onChange={set('from')} required />
        </F>
        <F id="p-to" label={tx('Đến hết ngày (không bắt buộc)', 'Until (optional)')} error={err('to')}>
          <DateInput id="p-to" value={f.to} onChange={set('to')} />
        </F>
        <Reason id="p-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
        <FormError error={grant.error} fields={fields} />
        <div class="span2">
          <button type="submit" class="primary" disabled={grant.busy || !subject.trim()}>
            {tx('Giao vai trò', 'Grant the seat')}
          </button>
        </div>
      </Form>
    </div>
  );
}
