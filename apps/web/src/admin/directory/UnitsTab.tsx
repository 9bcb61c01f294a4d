import { Form } from '../../ui/Form';
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { ErrorBox, Loading, useAction, useAsync } from '../../ui/ui';
import { DirectoryApi, fieldError, type UnitItem } from './directory-api';
import { F, FormError, LEVELS, Reason, Select, UNIT_KINDS, useTx } from './directory-ui';
import { UnitEditor } from './UnitEditor';

export function UnitsTab() {
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

export function NewUnitForm({ parentId, onDone }: { parentId: string | null; onDone: (created: string) => void }) {
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
