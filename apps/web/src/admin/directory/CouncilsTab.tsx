import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { ErrorBox, Loading, useAction, useAsync } from '../../ui/ui';
import { RecordAudit } from './AuditTab';
import { DirectoryApi, fieldError, type SeatRow } from './directory-api';
import { F, FormError, LEVELS, Reason, SEATS, useTx } from './directory-ui';
import { MembersEditor } from './MembersEditor';
import { MembershipForm } from './MembershipForm';

// Councils

export function CouncilsTab() {
  const { tx } = useTx();
  const list = useAsync(() => DirectoryApi.councils(), []);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div class="columns">
      <section class="card">
        <h2>{tx('Hội đồng Thi đua – Khen thưởng', 'Councils')}</h2>
        <ErrorBox error={list.error} />
        <ul>
          {(list.data ?? []).map((c) => (
            <li key={c.councilId} data-council={c.councilId}>
              <button type="button" class="link" onClick={() => setSelected(c.councilId)}>
                {c.name}
              </button>{' '}
              <span class="small muted">
                {c.councilId} · {tx(`${c.members.length} thành viên`, `${c.members.length} members`)}
              </span>
            </li>
          ))}
        </ul>
        <NewCouncilForm
          onDone={(id) => {
            list.reload();
            setSelected(id);
          }}
        />
      </section>
      {selected && <CouncilEditor key={selected} councilId={selected} onDone={list.reload} />}
    </div>
  );
}

function NewCouncilForm({ onDone }: { onDone: (id: string) => void }) {
  const { tx, pick } = useTx();
  const [f, setF] = useState({ councilId: '', name: '', unitId: '', authorityName: '', reason: '' });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const act = useAction(() => DirectoryApi.registerCouncil(f));
  const err = (field: string) => fieldError(act.error, field, pick);
  return (
    <Form
      class="card"
      aria-label={tx('Thêm Hội đồng', 'Add a council')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await act.run()) {
          onDone(f.councilId);
          setF({ ...f, councilId: '', name: '', unitId: '', authorityName: '' });
        }
      }}
    >
      <h3>{tx('Thêm Hội đồng', 'Add a council')}</h3>
      <F id="c-code" label={tx('Mã Hội đồng', 'Council code')} error={err('councilId')}>
        <input id="c-code" value={f.councilId} onInput={(e) => set('councilId')(e.currentTarget.value)} />
      </F>
      <F id="c-name" label={tx('Tên Hội đồng', 'Council name')} error={err('name')}>
        <input id="c-name" value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
      </F>
      <F id="c-unit" label={tx('Mã đơn vị có Hội đồng', 'Unit code')} error={err('unitId')}>
        <input id="c-unit" value={f.unitId} onInput={(e) => set('unitId')(e.currentTarget.value)} />
      </F>
      <F
        id="c-authority"
        label={tx('Người có thẩm quyền quyết định', 'Deciding authority')}
        error={err('authorityName')}
      >
        <input id="c-authority" value={f.authorityName} onInput={(e) => set('authorityName')(e.currentTarget.value)} />
      </F>
      <Reason id="c-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
      <FormError error={act.error} fields={['councilId', 'name', 'unitId', 'authorityName', 'reason']} />
      <button class="primary" disabled={act.busy}>
        {tx('Tạo Hội đồng', 'Create council')}
      </button>
    </Form>
  );
}

function CouncilEditor({ councilId, onDone }: { councilId: string; onDone: () => void }) {
  const { tx, pick, name } = useTx();
  const council = useAsync(() => DirectoryApi.council(councilId), [councilId]);
  const [on, setOn] = useState('');
  const members = useAsync(
    () => DirectoryApi.membersOn(councilId, on || undefined),
    [councilId, on, council.data?.version],
  );
  const [term, setTerm] = useState({ termId: '', from: '', to: '', reason: '' });
  const [rows, setRows] = useState<SeatRow[]>([]);
  const open = useAction(() => DirectoryApi.openTerm(councilId, council.data!.version, { ...term, members: rows }));
  const err = (field: string) => fieldError(open.error, field, pick);
  const c = council.data;
  if (!c) return council.loading ? <Loading /> : <ErrorBox error={council.error} />;
  return (
    <section class="card" aria-labelledby="council-title">
      <h2 id="council-title">{c.state.name}</h2>
      <p class="small muted">
        {c.state.councilId} · {name(LEVELS, c.state.level)} · {c.state.authorityName} · {tx('phiên bản', 'version')}{' '}
        {c.version}
      </p>
      <h3>{tx('Nhiệm kỳ', 'Terms')}</h3>
      {c.state.terms.length === 0 ? (
        <p class="muted">{tx('Chưa có nhiệm kỳ', 'No term yet')}</p>
      ) : (
        <ul>
          {c.state.terms.map((t) => (
            <li key={t.termId}>
              {t.termId}: {formatDate(t.from)} – {formatDate(t.to)}
            </li>
          ))}
        </ul>
      )}
      <F id="cm-on" label={tx('Thành viên vào ngày', 'Members on')} hint={tx('Để trống: hôm nay', 'Empty: today')}>
        <DateInput id="cm-on" value={on} onChange={setOn} />
      </F>
      <ErrorBox error={members.error} />
      {members.data && (
        <table class="responsive" aria-label={tx('Thành viên Hội đồng', 'Council members')}>
          <caption>
            {tx(
              `${members.data.members.length} thành viên ngày ${formatDate(members.data.on)}`,
              `${members.data.members.length} members on ${formatDate(members.data.on)}`,
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tx('Họ và tên', 'Name')}</th>
              <th scope="col">{tx('Vị trí', 'Seat')}</th>
              <th scope="col">{tx('Đơn vị', 'Unit')}</th>
              <th scope="col">{tx('Từ ngày', 'From')}</th>
            </tr>
          </thead>
          <tbody>
            {members.data.members.map((m) => (
              <tr key={m.memberId} data-member={m.memberId}>
                <td>{m.name}</td>
                <td>{name(SEATS, m.seat)}</td>
                <td>{m.unitId}</td>
                <td>{formatDate(m.from)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MembershipForm
        key={c.version}
        councilId={councilId}
        version={c.version}
        terms={c.state.terms}
        members={members.data?.members ?? []}
        onDone={() => {
          council.reload();
          onDone();
        }}
      />
      <Form
        class="card"
        aria-label={tx('Mở nhiệm kỳ mới', 'Open a term')}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await open.run()) {
            setRows([]);
            council.reload();
            onDone();
          }
        }}
      >
        <h3>{tx('Mở nhiệm kỳ mới', 'Open a term')}</h3>
        <F
          id="t-id"
          label={tx('Tên nhiệm kỳ', 'Term')}
          error={err('termId')}
          hint={tx('Ví dụ: 2026-2031', 'E.g. 2026-2031')}
        >
          <input id="t-id" value={term.termId} onInput={(e) => setTerm({ ...term, termId: e.currentTarget.value })} />
        </F>
        <F id="t-from" label={tx('Từ ngày', 'From')} error={err('from')}>
          <DateInput id="t-from" value={term.from} onChange={(v) => setTerm({ ...term, from: v })} />
        </F>
        <F id="t-to" label={tx('Đến ngày', 'To')} error={err('to')}>
          <DateInput id="t-to" value={term.to} onChange={(v) => setTerm({ ...term, to: v })} />
        </F>
        <MembersEditor rows={rows} onChange={setRows} prefix="t" />
        {err('members') && (
          <div class="field-error" role="alert">
            {err('members')}
          </div>
        )}
        {rows.map((_, i) =>
          ['memberId', 'name', 'seat', 'unitId'].map((k) => {
            const e = err(`members[${i}].${k}`);
            return e ? (
              <div key={`${i}-${k}`} class="field-error" role="alert">
                {tx(`Thành viên ${i + 1}`, `Member ${i + 1}`)}: {e}
              </div>
            ) : null;
          }),
        )}
        <Reason
          id="t-reason"
          value={term.reason}
          onChange={(v) => setTerm({ ...term, reason: v })}
          error={err('reason')}
        />
        <FormError
          error={open.error}
          fields={[
            'termId',
            'from',
            'to',
            'members',
            'reason',
            ...rows.flatMap((_, i) => ['memberId', 'name', 'seat', 'unitId'].map((k) => `members[${i}].${k}`)),
          ]}
        />
        <button class="primary" disabled={open.busy}>
          {tx('Mở nhiệm kỳ', 'Open the term')}
        </button>
      </Form>
      <RecordAudit kind="council" recordId={councilId} stamp={c.version} />
    </section>
  );
}
