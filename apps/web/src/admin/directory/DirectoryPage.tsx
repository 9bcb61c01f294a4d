import { Form } from '../../ui/Form';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Link } from '../../app/router';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { DateInput } from '../../ui/DateInput';
import { ErrorBox, Loading, PageTitle, useAction, useAsync } from '../../ui/ui';
import { DirectoryApi, fieldError, namesField, type SeatRow, type UnitItem } from './directory-api';
import { ImportTab } from './ImportTab';

/**
 * The directory's administration (docs/architecture.md, "Directory"): the unit tree (loaded level by
 * level), councils with their terms and dated members, campaigns, and the audit of every change.
 * Every form says why (the audit's reason), sends the version it read (If-Match) and shows the API's
 * Vietnamese reason beside the field it names.
 */
export const DIRECTORY_TABS = ['don-vi', 'hoi-dong', 'dot-thi-dua', 'nhap-tep', 'nhat-ky'] as const;
type Tab = (typeof DIRECTORY_TABS)[number];

const UNIT_KINDS: [string, string, string][] = [
  ['PROVINCE', 'Tỉnh, thành phố', 'Province, city'],
  ['MINISTRY', 'Bộ, ngành trung ương', 'Ministry'],
  ['DEPARTMENT', 'Sở, ban, ngành', 'Department'],
  ['COMMUNE', 'Xã, phường, đặc khu', 'Commune, ward'],
  ['PUBLIC_SERVICE', 'Đơn vị sự nghiệp công lập', 'Public service unit'],
  ['ENTERPRISE', 'Doanh nghiệp', 'Enterprise'],
  ['SUB_UNIT', 'Đơn vị trực thuộc', 'Sub-unit'],
  ['OTHER', 'Cơ quan, tổ chức khác', 'Other body'],
  ['DISTRICT_LEGACY', 'Quận, huyện (trước 01/7/2025)', 'District (before 1/7/2025)'],
];
const LEVELS: [string, string, string][] = [
  ['PROVINCE', 'Cấp tỉnh', 'Province'],
  ['MINISTRY', 'Cấp bộ', 'Ministry'],
  ['DEPARTMENT', 'Cấp sở, ngành', 'Department'],
  ['COMMUNE', 'Cấp xã', 'Commune'],
  ['UNIT', 'Cấp cơ sở', 'Unit'],
];
const SEATS: [string, string, string][] = [
  ['CHAIR', 'Chủ tịch Hội đồng', 'Chair'],
  ['VICE_CHAIR', 'Phó Chủ tịch', 'Vice-chair'],
  ['STANDING_MEMBER', 'Ủy viên thường trực', 'Standing member'],
  ['SECRETARY', 'Thư ký', 'Secretary'],
  ['MEMBER', 'Ủy viên', 'Member'],
];
const CAMPAIGN_KINDS: [string, string, string][] = [
  ['ANNUAL', 'Thường xuyên (hằng năm)', 'Annual'],
  ['THEMATIC', 'Theo chuyên đề, đợt', 'Thematic'],
  ['EXTRAORDINARY', 'Đột xuất', 'Extraordinary'],
];

function useTx() {
  const i18n = useI18n();
  const tx = (vi: string, en: string) => (i18n.lang === 'en' ? en : vi);
  const name = (list: [string, string, string][], code: string) => {
    const hit = list.find(([c]) => c === code);
    return hit ? tx(hit[1], hit[2]) : code;
  };
  return { ...i18n, tx, name };
}

export function DirectoryPage({ tab = 'don-vi' }: { tab?: string }) {
  const { tx } = useTx();
  const current = (DIRECTORY_TABS as readonly string[]).includes(tab) ? (tab as Tab) : 'don-vi';
  const names: Record<Tab, string> = {
    'don-vi': tx('Đơn vị', 'Units'),
    'hoi-dong': tx('Hội đồng', 'Councils'),
    'dot-thi-dua': tx('Đợt thi đua', 'Campaigns'),
    'nhap-tep': tx('Nhập từ tệp', 'Import a file'),
    'nhat-ky': tx('Nhật ký thay đổi', 'Audit'),
  };
  return (
    <section>
      <PageTitle>{tx('Danh mục tổ chức', 'Directory')}</PageTitle>
      <nav class="tabs" aria-label={tx('Các mục danh mục', 'Directory sections')}>
        {DIRECTORY_TABS.map((t) => (
          <Link
            key={t}
            href={t === 'don-vi' ? '/quan-tri/danh-muc' : `/quan-tri/danh-muc/${t}`}
            aria-current={t === current ? 'page' : undefined}
            class={t === current ? 'tab active' : 'tab'}
          >
            {names[t]}
          </Link>
        ))}
      </nav>
      {current === 'don-vi' && <UnitsTab />}
      {current === 'hoi-dong' && <CouncilsTab />}
      {current === 'dot-thi-dua' && <CampaignsTab />}
      {current === 'nhap-tep' && <ImportTab />}
      {current === 'nhat-ky' && <AuditTab />}
    </section>
  );
}

/** A labelled input with the API's reason for it beneath (aria-describedby), Vietnamese first. */
function F(props: { id: string; label: string; error?: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <div class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <div class="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}

function Select(props: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string, string][];
}) {
  const { tx } = useTx();
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
      {props.options.map(([code, vi, en]) => (
        <option key={code} value={code}>
          {tx(vi, en)}
        </option>
      ))}
    </select>
  );
}

/** The form's refusal at the top, unless it names a field shown below (then it is shown there). */
function FormError({ error, fields }: { error: unknown; fields: string[] }) {
  return namesField(error, fields) ? null : <ErrorBox error={error} />;
}

function Reason(props: { id: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { tx } = useTx();
  return (
    <F
      id={props.id}
      label={tx('Lý do thay đổi (ghi vào nhật ký)', 'Reason (kept in the audit)')}
      error={props.error}
      hint={tx('Ví dụ: Theo Quyết định số 12/QĐ-UBND ngày 02/01/2026', 'E.g. by Decision 12/QĐ-UBND of 02/01/2026')}
    >
      <input id={props.id} value={props.value} onInput={(e) => props.onChange(e.currentTarget.value)} />
    </F>
  );
}

// Units

function UnitsTab() {
  const { tx } = useTx();
  const roots = useAsync(() => DirectoryApi.roots(), []);
  const [selected, setSelected] = useState<string | null>(null);
  const [stamp, setStamp] = useState(0);
  /** After a change: the open branches load their children again; a new unit is selected. */
  const refresh = (select?: string) => {
    setStamp((s) => s + 1);
    roots.reload();
    if (select) setSelected(select);
  };
  return (
    <div class="columns">
      <section class="card">
        <h2>{tx('Cây đơn vị', 'Unit tree')}</h2>
        {roots.loading && !roots.data && <Loading />}
        <ErrorBox error={roots.error} />
        <ul class="tree" role="tree">
          {(roots.data ?? []).map((u) => (
            <TreeNode key={u.unitId} unit={u} selected={selected} onSelect={setSelected} stamp={stamp} />
          ))}
        </ul>
        <NewUnitForm parentId={null} onDone={refresh} />
      </section>
      {selected && <UnitEditor key={`${selected}-${stamp}`} unitId={selected} onDone={refresh} />}
    </div>
  );
}

function TreeNode({
  unit,
  selected,
  onSelect,
  stamp,
}: {
  unit: UnitItem;
  selected: string | null;
  onSelect: (id: string) => void;
  stamp: number;
}) {
  const { tx } = useTx();
  const formatted = unit.activeTo ? ` (${formatDate(unit.activeTo)})` : '';
  const [open, setOpen] = useState(false);
  const [children, setChildren] = useState<UnitItem[] | null>(null);
  useEffect(() => {
    if (open) void DirectoryApi.children(unit.unitId).then(setChildren);
    else setChildren(null);
  }, [stamp]);
  const toggle = async () => {
    if (!open && children === null) setChildren(await DirectoryApi.children(unit.unitId));
    setOpen(!open);
  };
  return (
    <li role="treeitem" aria-expanded={open} data-unit={unit.unitId}>
      <button
        type="button"
        class="link"
        aria-label={open ? tx('Thu gọn', 'Collapse') : tx('Mở rộng', 'Expand')}
        onClick={toggle}
      >
        {open ? '▾' : '▸'}
      </button>{' '}
      <button
        type="button"
        class={selected === unit.unitId ? 'link selected' : 'link'}
        onClick={() => onSelect(unit.unitId)}
      >
        {unit.name}
      </button>{' '}
      <code class="small">{unit.unitId}</code>
      {unit.activeTo && <span class="badge">{tx('Ngừng hoạt động', 'Closed') + formatted}</span>}
      {open && children && (
        <ul role="group">
          {children.length === 0 && <li class="muted small">{tx('Không có đơn vị trực thuộc', 'No sub-units')}</li>}
          {children.map((c) => (
            <TreeNode key={c.unitId} unit={c} selected={selected} onSelect={onSelect} stamp={stamp} />
          ))}
        </ul>
      )}
    </li>
  );
}

function NewUnitForm({ parentId, onDone }: { parentId: string | null; onDone: (created: string) => void }) {
  const { tx, pick } = useTx();
  const p = parentId ?? 'root';
  const [f, setF] = useState({
    unitId: '',
    name: '',
    kind: parentId ? 'COMMUNE' : 'PROVINCE',
    level: parentId ? 'COMMUNE' : 'PROVINCE',
    activeFrom: '',
    reason: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const act = useAction(() => DirectoryApi.registerUnit({ ...f, parentId }));
  const err = (field: string) => fieldError(act.error, field, pick);
  const fields = ['unitId', 'name', 'kind', 'level', 'parentId', 'activeFrom', 'reason'];
  return (
    <Form
      class="card"
      aria-label={parentId ? tx('Thêm đơn vị trực thuộc', 'Add a sub-unit') : tx('Thêm đơn vị gốc', 'Add a root unit')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await act.run()) {
          onDone(f.unitId);
          setF({ ...f, unitId: '', name: '' });
        }
      }}
    >
      <h3>
        {parentId
          ? tx('Thêm đơn vị trực thuộc', 'Add a sub-unit')
          : tx('Thêm đơn vị gốc (tỉnh, bộ)', 'Add a root unit')}
      </h3>
      <F
        id={`${p}-u-code`}
        label={tx('Mã đơn vị', 'Unit code')}
        error={err('unitId')}
        hint={tx('Chữ in hoa không dấu, số, dấu gạch ngang', 'Upper-case letters, digits, hyphens')}
      >
        <input id={`${p}-u-code`} value={f.unitId} onInput={(e) => set('unitId')(e.currentTarget.value)} />
      </F>
      <F id={`${p}-u-name`} label={tx('Tên đơn vị', 'Unit name')} error={err('name')}>
        <input id={`${p}-u-name`} value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
      </F>
      <F id={`${p}-u-kind`} label={tx('Loại đơn vị', 'Kind')} error={err('kind')}>
        <Select id={`${p}-u-kind`} value={f.kind} onChange={set('kind')} options={UNIT_KINDS} />
      </F>
      <F id={`${p}-u-level`} label={tx('Cấp', 'Level')} error={err('level')}>
        <Select id={`${p}-u-level`} value={f.level} onChange={set('level')} options={LEVELS} />
      </F>
      <F id={`${p}-u-from`} label={tx('Hoạt động từ ngày', 'Active from')} error={err('activeFrom')}>
        <DateInput id={`${p}-u-from`} value={f.activeFrom} onChange={set('activeFrom')} />
      </F>
      <Reason id={`${p}-u-reason`} value={f.reason} onChange={set('reason')} error={err('reason')} />
      {err('parentId') && <div class="field-error">{err('parentId')}</div>}
      <FormError error={act.error} fields={fields} />
      <button class="primary" disabled={act.busy}>
        {tx('Tạo đơn vị', 'Create unit')}
      </button>
    </Form>
  );
}

function UnitEditor({ unitId, onDone }: { unitId: string; onDone: (select?: string) => void }) {
  const { tx, pick, name } = useTx();
  const unit = useAsync(() => DirectoryApi.unit(unitId), [unitId]);
  const u = unit.data;
  const [f, setF] = useState({ name: '', parentId: '', activeTo: '', successorId: '', reason: '' });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const rename = useAction(() => DirectoryApi.changeUnit(unitId, u!.version, { name: f.name, reason: f.reason }));
  const move = useAction(() =>
    DirectoryApi.unitAction(unitId, 'move', u!.version, { parentId: f.parentId, reason: f.reason }),
  );
  const close = useAction(() =>
    DirectoryApi.unitAction(unitId, 'close', u!.version, {
      activeTo: f.activeTo,
      ...(f.successorId ? { successorId: f.successorId } : {}),
      reason: f.reason,
    }),
  );
  const last = rename.error ?? move.error ?? close.error;
  const err = (field: string) => fieldError(last, field, pick);
  const done = async (a: { run: () => Promise<unknown> }) => {
    if (await a.run()) onDone();
  };
  if (!u) return unit.loading ? <Loading /> : <ErrorBox error={unit.error} />;
  const s = u.state;
  return (
    <section class="card" aria-labelledby="unit-editor-title">
      <h2 id="unit-editor-title">{s.name}</h2>
      <p class="small muted">{u.path.map((p) => p.name).join(' › ')}</p>
      <dl class="facts">
        <dt>{tx('Mã', 'Code')}</dt>
        <dd>
          <code>{s.unitId}</code> · {tx('phiên bản', 'version')} {u.version}
        </dd>
        <dt>{tx('Loại, cấp', 'Kind, level')}</dt>
        <dd>
          {name(UNIT_KINDS, s.kind)} · {name(LEVELS, s.level)}
        </dd>
        <dt>{tx('Đơn vị đề nghị khen thưởng', 'Signing unit')}</dt>
        <dd>{s.signingUnitId}</dd>
        <dt>{tx('Hoạt động', 'Active')}</dt>
        <dd>
          {formatDate(s.activeFrom)} – {s.activeTo ? formatDate(s.activeTo) : tx('nay', 'now')}
        </dd>
      </dl>
      {s.activeTo === null && (
        <>
          <Reason id="ue-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
          <div class="columns">
            <Form
              aria-label={tx('Đổi tên', 'Rename')}
              onSubmit={(e) => {
                e.preventDefault();
                void done(rename);
              }}
            >
              <F id="ue-name" label={tx('Tên mới', 'New name')} error={err('name')}>
                <input id="ue-name" value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
              </F>
              <button disabled={rename.busy}>{tx('Đổi tên', 'Rename')}</button>
            </Form>
            <Form
              aria-label={tx('Chuyển đơn vị', 'Move')}
              onSubmit={(e) => {
                e.preventDefault();
                void done(move);
              }}
            >
              <F id="ue-parent" label={tx('Mã đơn vị cấp trên mới', 'New parent code')} error={err('parentId')}>
                <input id="ue-parent" value={f.parentId} onInput={(e) => set('parentId')(e.currentTarget.value)} />
              </F>
              <button disabled={move.busy}>{tx('Chuyển', 'Move')}</button>
            </Form>
            <Form
              aria-label={tx('Ngừng hoạt động', 'Close')}
              onSubmit={(e) => {
                e.preventDefault();
                void done(close);
              }}
            >
              <F id="ue-to" label={tx('Ngày cuối cùng hoạt động', 'Last day')} error={err('activeTo')}>
                <DateInput id="ue-to" value={f.activeTo} onChange={set('activeTo')} />
              </F>
              <F
                id="ue-successor"
                label={tx('Đơn vị kế thừa hồ sơ đang xử lý', 'Successor for open cases')}
                error={err('successorId')}
              >
                <input
                  id="ue-successor"
                  value={f.successorId}
                  onInput={(e) => set('successorId')(e.currentTarget.value)}
                />
              </F>
              <button disabled={close.busy}>{tx('Ngừng hoạt động', 'Close unit')}</button>
            </Form>
          </div>
          <FormError error={last} fields={['reason', 'name', 'parentId', 'activeTo', 'successorId']} />
          <NewUnitForm parentId={s.unitId} onDone={onDone} />
        </>
      )}
    </section>
  );
}

// Councils

function CouncilsTab() {
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

function MembersEditor({
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
              <td>
                <input
                  aria-label={tx(`Mã người dùng ${i + 1}`, `User id ${i + 1}`)}
                  value={r.memberId}
                  onInput={(e) => set(i, 'memberId', e.currentTarget.value)}
                />
              </td>
              <td>
                <input
                  aria-label={tx(`Họ và tên ${i + 1}`, `Name ${i + 1}`)}
                  value={r.name}
                  onInput={(e) => set(i, 'name', e.currentTarget.value)}
                />
              </td>
              <td>
                <Select id={`${prefix}-seat-${i}`} value={r.seat} onChange={(v) => set(i, 'seat', v)} options={SEATS} />
              </td>
              <td>
                <input
                  aria-label={tx(`Mã đơn vị ${i + 1}`, `Unit ${i + 1}`)}
                  value={r.unitId}
                  onInput={(e) => set(i, 'unitId', e.currentTarget.value)}
                />
              </td>
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
    </section>
  );
}

// Campaigns

function CampaignsTab() {
  const { tx, pick, name } = useTx();
  const list = useAsync(() => DirectoryApi.campaigns(), []);
  const year = new Date().getFullYear();
  const [f, setF] = useState({
    campaignId: '',
    name: '',
    unitId: '',
    kind: 'ANNUAL',
    year: String(year),
    filingOpensOn: '',
    filingClosesOn: '',
    awards: '',
    councilId: '',
    reason: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const act = useAction(() =>
    DirectoryApi.launchCampaign({
      ...f,
      year: Number(f.year),
      awards: f.awards
        .split(/[,\s]+/)
        .map((a) => a.trim())
        .filter(Boolean),
    }),
  );
  const err = (field: string) => fieldError(act.error, field, pick);
  const fields = [
    'campaignId',
    'name',
    'unitId',
    'kind',
    'year',
    'filingOpensOn',
    'filingClosesOn',
    'awards',
    'councilId',
    'reason',
  ];
  return (
    <div class="columns">
      <section class="card">
        <h2>{tx('Đợt thi đua', 'Campaigns')}</h2>
        <ErrorBox error={list.error} />
        <ul>
          {(list.data ?? []).map((c) => (
            <CampaignItem key={c.campaignId} campaignId={c.campaignId} onDone={list.reload} />
          ))}
        </ul>
      </section>
      <Form
        class="card"
        aria-label={tx('Phát động đợt thi đua', 'Launch a campaign')}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await act.run()) list.reload();
        }}
      >
        <h2>{tx('Phát động đợt thi đua', 'Launch a campaign')}</h2>
        <p class="small muted">
          {tx(
            'Cấp nào phát động thi đua thì cấp đó khen thưởng: chỉ các hình thức thuộc thẩm quyền của cấp đơn vị phát động.',
            'The launching level awards: only awards within its competence.',
          )}
        </p>
        <F id="k-code" label={tx('Mã đợt thi đua', 'Campaign code')} error={err('campaignId')}>
          <input id="k-code" value={f.campaignId} onInput={(e) => set('campaignId')(e.currentTarget.value)} />
        </F>
        <F id="k-name" label={tx('Tên đợt thi đua', 'Campaign name')} error={err('name')}>
          <input id="k-name" value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
        </F>
        <F id="k-unit" label={tx('Mã đơn vị phát động', 'Launching unit code')} error={err('unitId')}>
          <input id="k-unit" value={f.unitId} onInput={(e) => set('unitId')(e.currentTarget.value)} />
        </F>
        <F id="k-kind" label={tx('Loại phong trào', 'Kind')} error={err('kind')}>
          <Select id="k-kind" value={f.kind} onChange={set('kind')} options={CAMPAIGN_KINDS} />
        </F>
        <F id="k-year" label={tx('Năm', 'Year')} error={err('year')}>
          <input id="k-year" type="number" value={f.year} onInput={(e) => set('year')(e.currentTarget.value)} />
        </F>
        <F id="k-open" label={tx('Nhận hồ sơ từ ngày', 'Filing opens')} error={err('filingOpensOn')}>
          <DateInput id="k-open" value={f.filingOpensOn} onChange={set('filingOpensOn')} />
        </F>
        <F id="k-close" label={tx('Nhận hồ sơ đến ngày', 'Filing closes')} error={err('filingClosesOn')}>
          <DateInput id="k-close" value={f.filingClosesOn} onChange={set('filingClosesOn')} />
        </F>
        <F
          id="k-awards"
          label={tx('Hình thức khen thưởng', 'Awards')}
          error={err('awards')}
          hint={tx('Mã, cách nhau bởi dấu phẩy: BK_TINH, CSTD_TINH', 'Codes, comma-separated')}
        >
          <input id="k-awards" value={f.awards} onInput={(e) => set('awards')(e.currentTarget.value)} />
        </F>
        <F id="k-council" label={tx('Mã Hội đồng xét', 'Reviewing council code')} error={err('councilId')}>
          <input id="k-council" value={f.councilId} onInput={(e) => set('councilId')(e.currentTarget.value)} />
        </F>
        <Reason id="k-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
        <FormError error={act.error} fields={fields} />
        {act.result && (
          <p role="status" class="ok">
            {tx('Đã phát động', 'Launched')}: {act.result.state.name} ({name(CAMPAIGN_KINDS, act.result.state.kind)})
          </p>
        )}
        <button class="primary" disabled={act.busy}>
          {tx('Phát động', 'Launch')}
        </button>
      </Form>
    </div>
  );
}

function CampaignItem({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { tx } = useTx();
  const c = useAsync(() => DirectoryApi.campaign(campaignId), [campaignId]);
  const [reason, setReason] = useState('');
  const act = useAction((action: 'close' | 'reopen') =>
    DirectoryApi.campaignAction(campaignId, action, c.data!.version, reason),
  );
  if (!c.data) return <li class="muted small">{campaignId}</li>;
  const s = c.data.state;
  return (
    <li data-campaign={campaignId}>
      <strong>{s.name}</strong>{' '}
      <span class="badge">{s.status === 'OPEN' ? tx('Đang nhận hồ sơ', 'Open') : tx('Đã dừng nhận', 'Closed')}</span>
      <div class="small muted">
        {campaignId} · {s.unitId} · {formatDate(s.filingOpensOn)} – {formatDate(s.filingClosesOn)} ·{' '}
        {s.awards.join(', ')}
      </div>
      <details>
        <summary>{s.status === 'OPEN' ? tx('Dừng nhận hồ sơ', 'Close filing') : tx('Mở lại', 'Reopen')}</summary>
        <Reason id={`kr-${campaignId}`} value={reason} onChange={setReason} />
        <ErrorBox error={act.error} />
        <button
          type="button"
          disabled={act.busy}
          onClick={async () => {
            if (await act.run(s.status === 'OPEN' ? 'close' : 'reopen')) {
              c.reload();
              onDone();
            }
          }}
        >
          {tx('Xác nhận', 'Confirm')}
        </button>
      </details>
    </li>
  );
}

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
  awards: ['Hình thức khen thưởng', 'Awards'],
  councilId: ['Hội đồng xét', 'Council'],
  status: ['Trạng thái', 'Status'],
  year: ['Năm', 'Year'],
};

function AuditTab() {
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
