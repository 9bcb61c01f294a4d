import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { formatDate, formatDateTime } from '../../i18n/format';
import { ErrorBox, Loading, useAction, useAsync } from '../../ui/ui';
import { type AuditRow, DirectoryApi } from './directory-api';
import { F, SEATS, Select, useTx } from './directory-ui';

// The audit

/** An audited value in officials' words: dates dd/MM/yyyy, a seat as "name — seat (unit)", a term as its dates. */
function show(v: unknown, tx: (vi: string, en: string) => string): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : v;
  if (Array.isArray(v)) return v.map((x) => show(x, tx)).join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.seat === 'string' && typeof o.name === 'string') {
      const seat = SEATS.find(([c]) => c === o.seat);
      return `${o.name} — ${seat ? tx(seat[1], seat[2]) : o.seat}${o.unitId ? ` (${String(o.unitId)})` : ''}`;
    }
    if (typeof o.from === 'string' && typeof o.to === 'string') return `${formatDate(o.from)} – ${formatDate(o.to)}`;
  }
  return JSON.stringify(v);
}

/** "seats.<member>" → "Ghế của <member>", "terms.<id>" → "Nhiệm kỳ <id>", others by name. */
function fieldName(field: string, tx: (vi: string, en: string) => string): string {
  const [head, ...rest] = field.split('.');
  const tail = rest.join('.');
  if (head === 'seats' && tail) return tx(`Thành viên ${tail}`, `Seat of ${tail}`);
  if (head === 'terms' && tail) return tx(`Nhiệm kỳ ${tail}`, `Term ${tail}`);
  const known = FIELD_NAMES[field];
  return known ? tx(...known) : field;
}

/** The audit's field names in the officials' words. */
const FIELD_NAMES: Record<string, [string, string]> = {
  unitId: ['Mã đơn vị', 'Unit code'],
  name: ['Tên', 'Name'],
  kind: ['Loại', 'Kind'],
  level: ['Cấp', 'Level'],
  parentId: ['Đơn vị cấp trên', 'Parent'],
  signingUnitId: ['Đơn vị đề nghị khen thưởng', 'Signing unit'],
  activeFrom: ['Hoạt động từ', 'Active from'],
  activeTo: ['Ngừng hoạt động từ sau ngày', 'Active to'],
  successorId: ['Đơn vị kế thừa', 'Successor'],
  authorityName: ['Người có thẩm quyền', 'Authority'],
  term: ['Nhiệm kỳ', 'Term'],
  members: ['Thành viên', 'Members'],
  joined: ['Thành viên mới', 'Joined'],
  left: ['Thành viên thôi', 'Left'],
  filingOpensOn: ['Nhận hồ sơ từ', 'Filing opens'],
  filingClosesOn: ['Nhận hồ sơ đến', 'Filing closes'],
  registrationOpensOn: ['Nhận đăng ký thi đua từ', 'Registration opens'],
  registrationClosesOn: ['Hạn chót đăng ký thi đua', 'Registration deadline'],
  evaluationOpensOn: ['Đánh giá, chấm điểm từ', 'Evaluation opens'],
  evaluationClosesOn: ['Hạn chót đánh giá, chấm điểm', 'Evaluation deadline'],
  awards: ['Hình thức khen thưởng', 'Awards'],
  councilId: ['Hội đồng xét', 'Council'],
  status: ['Trạng thái', 'Status'],
  year: ['Năm', 'Year'],
  leaderId: ['Đơn vị trưởng', 'Leader'],
};

export function AuditTab() {
  const { tx } = useTx();
  const [q, setQ] = useState({ kind: '', recordId: '' });
  const query = { kind: q.kind || undefined, recordId: q.recordId || undefined };
  const audit = useAsync(() => DirectoryApi.audit({ ...query, limit: '200' }), [q.kind, q.recordId]);
  const exp = useAction(() => DirectoryApi.exportAudit(query));
  const KINDS: [string, string, string][] = [
    ['', 'Tất cả', 'All'],
    ['unit', 'Đơn vị', 'Units'],
    ['council', 'Hội đồng', 'Councils'],
    ['campaign', 'Đợt thi đua', 'Campaigns'],
    ['cluster', 'Cụm, khối', 'Clusters'],
  ];
  return (
    <section>
      <Form class="filters" onSubmit={(e) => e.preventDefault()}>
        <F id="a-kind" label={tx('Loại bản ghi', 'Record kind')}>
          <Select id="a-kind" value={q.kind} onChange={(v) => setQ({ ...q, kind: v })} options={KINDS} />
        </F>
        <F id="a-id" label={tx('Mã bản ghi', 'Record code')}>
          <input id="a-id" value={q.recordId} onChange={(e) => setQ({ ...q, recordId: e.currentTarget.value })} />
        </F>
        <button type="button" onClick={() => void exp.run()} disabled={exp.busy}>
          {tx('Xuất CSV', 'Export CSV')}
        </button>
      </Form>
      <ErrorBox error={audit.error ?? exp.error} />
      {audit.loading && !audit.data && <Loading />}
      <table class="responsive" aria-label={tx('Nhật ký thay đổi danh mục', 'Directory audit')}>
        <thead>
          <tr>
            <th scope="col">{tx('Thời điểm', 'When')}</th>
            <th scope="col">{tx('Người thực hiện', 'Who')}</th>
            <th scope="col">{tx('Bản ghi', 'Record')}</th>
            <th scope="col">{tx('Lý do', 'Why')}</th>
            <th scope="col">{tx('Cũ → mới', 'Old → new')}</th>
          </tr>
        </thead>
        <tbody>
          {(audit.data ?? []).map((r) => (
            <tr key={r.position} data-audit={r.recordId}>
              <td data-label={tx('Thời điểm', 'When')}>{formatDateTime(r.recordedAt)}</td>
              <td data-label={tx('Người thực hiện', 'Who')}>{r.actorName ?? r.actorId}</td>
              <td data-label={tx('Bản ghi', 'Record')}>
                <code>{r.recordId}</code> <span class="small muted">v{r.version}</span>
              </td>
              <td data-label={tx('Lý do', 'Why')}>{r.reason}</td>
              <td data-label={tx('Cũ → mới', 'Old → new')}>
                <ul class="changes">
                  {r.changes.map((c, i) => (
                    <li key={i}>
                      <span class="muted">{fieldName(c.field, tx)}</span>: {show(c.from, tx)} → {show(c.to, tx)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One record's audit beside its editor: who, when, why, old → new (newest first). */
export function RecordAudit({ kind, recordId, stamp }: { kind: string; recordId: string; stamp?: unknown }) {
  const { tx } = useTx();
  const audit = useAsync(() => DirectoryApi.audit({ kind, recordId, limit: '50' }), [kind, recordId, stamp]);
  return (
    <details class="record-audit" data-record-audit={recordId}>
      <summary>
        {tx('Nhật ký thay đổi', 'Audit')} ({audit.data?.length ?? '…'})
      </summary>
      <ErrorBox error={audit.error} />
      <ol class="changes">
        {(audit.data ?? []).map((r: AuditRow) => (
          <li key={r.position}>
            <span class="small">
              {formatDateTime(r.recordedAt)} · {r.actorName ?? r.actorId} · v{r.version}
            </span>
            <div class="small muted">{r.reason}</div>
            <ul>
              {r.changes.map((c, i) => (
                <li key={i}>
                  <span class="muted">{fieldName(c.field, tx)}</span>: {show(c.from, tx)} → {show(c.to, tx)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
