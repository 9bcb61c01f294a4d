import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { useAction } from '../../ui/ui';
import { DirectoryApi, fieldError, type SeatRow } from './directory-api';
import { F, FormError, Reason, SEATS, Select, useTx } from './directory-ui';
import { MembersEditor } from './MembersEditor';

type Member = SeatRow & { termId: string; from: string };

/**
 * A dated change of a council's membership within a term: from a day, members leave (their seat ends the
 * day before), change seat (leave and take the new seat the same day) or join. One change, one reason.
 */
export function MembershipForm(props: {
  councilId: string;
  version: number;
  terms: { termId: string; from: string; to: string }[];
  members: Member[];
  onDone: () => void;
}) {
  const { tx, pick } = useTx();
  const [termId, setTermId] = useState(props.terms[props.terms.length - 1]?.termId ?? '');
  const [on, setOn] = useState('');
  const [reason, setReason] = useState('');
  const [seats, setSeats] = useState<Record<string, string>>({});
  const [leaving, setLeaving] = useState<Record<string, boolean>>({});
  const [joining, setJoining] = useState<SeatRow[]>([]);
  const current = props.members.filter((m) => m.termId === termId);
  const reseated = current.filter((m) => !leaving[m.memberId] && seats[m.memberId] && seats[m.memberId] !== m.seat);
  const act = useAction(() =>
    DirectoryApi.changeMembership(props.councilId, termId, props.version, {
      on,
      leave: [...current.filter((m) => leaving[m.memberId]), ...reseated].map((m) => m.memberId),
      join: [
        ...reseated.map((m) => ({ memberId: m.memberId, name: m.name, seat: seats[m.memberId]!, unitId: m.unitId })),
        ...joining.filter((r) => r.memberId),
      ],
      reason,
    }),
  );
  const err = (field: string) => fieldError(act.error, field, pick);
  const joinFields = Array.from({ length: reseated.length + joining.length }, (_, i) =>
    ['memberId', 'name', 'seat', 'unitId'].map((k) => `join[${i}].${k}`),
  ).flat();
  if (props.terms.length === 0) return null;
  return (
    <Form
      class="card"
      aria-label={tx('Thay đổi thành viên', 'Change the membership')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await act.run()) {
          setSeats({});
          setLeaving({});
          setJoining([]);
          props.onDone();
        }
      }}
    >
      <h3>{tx('Thay đổi thành viên trong nhiệm kỳ', 'Change the membership within a term')}</h3>
      <F id="mc-term" label={tx('Nhiệm kỳ', 'Term')}>
        <Select
          id="mc-term"
          value={termId}
          onChange={setTermId}
          options={props.terms.map((t) => [
            t.termId,
            `${t.termId} (${formatDate(t.from)} – ${formatDate(t.to)})`,
            t.termId,
          ])}
        />
      </F>
      <F
        id="mc-on"
        label={tx('Có hiệu lực từ ngày', 'Effective from')}
        error={err('on')}
        hint={tx('Người thôi giữ ghế đến hết ngày trước đó', 'Those who leave hold their seat until the day before')}
      >
        <DateInput id="mc-on" value={on} onChange={setOn} />
      </F>
      <table class="responsive" aria-label={tx('Thành viên hiện tại', 'Current members')}>
        <thead>
          <tr>
            <th scope="col">{tx('Họ và tên', 'Name')}</th>
            <th scope="col">{tx('Vị trí', 'Seat')}</th>
            <th scope="col">{tx('Thôi giữ ghế', 'Leaves')}</th>
          </tr>
        </thead>
        <tbody>
          {current.map((m) => (
            <tr key={m.memberId} data-change-member={m.memberId}>
              <td>
                {m.name} <span class="small muted">{m.unitId}</span>
              </td>
              <td>
                <Select
                  id={`mc-seat-${m.memberId}`}
                  value={seats[m.memberId] ?? m.seat}
                  onChange={(v) => setSeats({ ...seats, [m.memberId]: v })}
                  options={SEATS}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  id={`mc-leave-${m.memberId}`}
                  aria-label={tx(`${m.name} thôi giữ ghế`, `${m.name} leaves`)}
                  checked={!!leaving[m.memberId]}
                  onChange={(e) => setLeaving({ ...leaving, [m.memberId]: e.currentTarget.checked })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {err('leave') && (
        <div class="field-error" role="alert">
          {err('leave')}
        </div>
      )}
      <MembersEditor rows={joining} onChange={setJoining} prefix="mj" />
      {['join', ...joinFields].map((k) =>
        err(k) ? (
          <div key={k} class="field-error" role="alert">
            {err(k)}
          </div>
        ) : null,
      )}
      <Reason id="mc-reason" value={reason} onChange={setReason} error={err('reason')} />
      <FormError error={act.error} fields={['on', 'leave', 'join', 'reason', ...joinFields]} />
      <button class="primary" disabled={act.busy}>
        {tx('Ghi thay đổi thành viên', 'Record the membership change')}
      </button>
    </Form>
  );
}
