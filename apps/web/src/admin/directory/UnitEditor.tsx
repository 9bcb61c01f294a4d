import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { ErrorBox, Loading, useAction, useAsync } from '../../ui/ui';
import { RecordAudit } from './AuditTab';
import { DirectoryApi, fieldError } from './directory-api';
import { F, FormError, LEVELS, Reason, Select, UNIT_KINDS, useTx } from './directory-ui';
import { NewUnitForm } from './UnitsTab';

type UnitChange = 'rename' | 'move' | 'merge' | 'close';
const CHANGES: [UnitChange, string, string][] = [
  ['rename', 'Đổi tên', 'Rename'],
  ['move', 'Chuyển sang đơn vị cấp trên khác', 'Move under another parent'],
  ['merge', 'Sáp nhập vào đơn vị khác', 'Merge into another unit'],
  ['close', 'Ngừng hoạt động (giải thể)', 'Close (dissolve)'],
];

/**
 * One unit: its facts, one change at a time (rename, move, merge, close) with the reason, and its audit.
 * Merging or closing a unit that still has open cases needs the unit that takes them over: the API
 * refuses otherwise, and its reason is shown beside the successor's field.
 */
export function UnitEditor({ unitId, onDone }: { unitId: string; onDone: (select?: string) => void }) {
  const { tx, pick, name } = useTx();
  const unit = useAsync(() => DirectoryApi.unit(unitId), [unitId]);
  const units = useAsync(() => DirectoryApi.allUnits(), []);
  const u = unit.data;
  const [change, setChange] = useState<UnitChange>('rename');
  const [f, setF] = useState({ name: '', parentId: '', activeTo: '', successorId: '', reason: '' });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const act = useAction(() => {
    const v = u!.version;
    if (change === 'rename') return DirectoryApi.changeUnit(unitId, v, { name: f.name, reason: f.reason });
    if (change === 'move')
      return DirectoryApi.unitAction(unitId, 'move', v, { parentId: f.parentId, reason: f.reason });
    if (change === 'merge')
      return DirectoryApi.unitAction(unitId, 'merge', v, {
        successorId: f.successorId,
        activeTo: f.activeTo,
        reason: f.reason,
      });
    return DirectoryApi.unitAction(unitId, 'close', v, {
      activeTo: f.activeTo,
      ...(f.successorId ? { successorId: f.successorId } : {}),
      reason: f.reason,
    });
  });
  const err = (field: string) => fieldError(act.error, field, pick);
  if (!u) return unit.loading ? <Loading /> : <ErrorBox error={unit.error} />;
  const s = u.state;
  const others = (units.data ?? []).filter((x) => x.activeTo === null && x.unitId !== s.unitId);
  const fields = {
    rename: ['name'],
    move: ['parentId'],
    merge: ['successorId', 'activeTo'],
    close: ['activeTo', 'successorId'],
  };
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
        {s.successorId && (
          <>
            <dt>{tx('Đơn vị kế thừa', 'Successor')}</dt>
            <dd>{s.successorId}</dd>
          </>
        )}
      </dl>
      {s.activeTo === null && (
        <>
          <Form
            class="card"
            aria-label={tx('Thay đổi đơn vị', 'Change the unit')}
            onSubmit={async (e) => {
              e.preventDefault();
              if (await act.run()) onDone();
            }}
          >
            <F id="ue-change" label={tx('Thay đổi', 'Change')}>
              <Select
                id="ue-change"
                value={change}
                onChange={(v) => {
                  setChange(v as UnitChange);
                  act.reset();
                }}
                options={CHANGES}
              />
            </F>
            {change === 'rename' && (
              <F id="ue-name" label={tx('Tên mới', 'New name')} error={err('name')}>
                <input id="ue-name" value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
              </F>
            )}
            {change === 'move' && (
              <F id="ue-parent" label={tx('Mã đơn vị cấp trên mới', 'New parent code')} error={err('parentId')}>
                <input
                  id="ue-parent"
                  list="ue-units"
                  value={f.parentId}
                  onInput={(e) => set('parentId')(e.currentTarget.value)}
                />
              </F>
            )}
            {(change === 'merge' || change === 'close') && (
              <>
                <F id="ue-to" label={tx('Ngày cuối cùng hoạt động', 'Last day')} error={err('activeTo')}>
                  <DateInput id="ue-to" value={f.activeTo} onChange={set('activeTo')} />
                </F>
                <F
                  id="ue-successor"
                  label={
                    change === 'merge'
                      ? tx('Đơn vị tiếp nhận (kế thừa hồ sơ đang xử lý)', 'Unit merged into (takes the open cases)')
                      : tx('Đơn vị kế thừa hồ sơ đang xử lý', 'Successor for open cases')
                  }
                  hint={
                    change === 'close'
                      ? tx(
                          'Bắt buộc nếu đơn vị còn hồ sơ đang xử lý: các hồ sơ chuyển sang đơn vị này.',
                          'Required when the unit has open cases: they move to this unit.',
                        )
                      : undefined
                  }
                  error={err('successorId')}
                >
                  <input
                    id="ue-successor"
                    list="ue-units"
                    value={f.successorId}
                    onInput={(e) => set('successorId')(e.currentTarget.value)}
                  />
                </F>
              </>
            )}
            <datalist id="ue-units">
              {others.map((x) => (
                <option key={x.unitId} value={x.unitId}>
                  {x.name}
                </option>
              ))}
            </datalist>
            <Reason id="ue-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
            <FormError error={act.error} fields={['reason', ...fields[change]]} />
            <button class="primary" disabled={act.busy}>
              {tx('Ghi thay đổi', 'Record the change')}
            </button>
          </Form>
          <NewUnitForm parentId={s.unitId} onDone={onDone} />
        </>
      )}
      <RecordAudit kind="unit" recordId={s.unitId} stamp={u.version} />
    </section>
  );
}
