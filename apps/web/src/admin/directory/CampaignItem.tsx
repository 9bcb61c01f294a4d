import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { ErrorBox, useAction, useAsync } from '../../ui/ui';
import { RecordAudit } from './AuditTab';
import { type CampaignState, DirectoryApi, fieldError } from './directory-api';
import { F, FormError, Reason, useTx } from './directory-ui';
import { CriteriaEditor, criteriaBody, criteriaFields, criterionRows } from './CriteriaEditor';

const codes = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((a) => a.trim())
    .filter(Boolean);

/**
 * One campaign in the list: its window and awards, the form that edits them (only what changed is
 * sent, with the version read), filing closed or reopened, and its audit.
 */
export function CampaignItem({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { tx } = useTx();
  const c = useAsync(() => DirectoryApi.campaign(campaignId), [campaignId]);
  const [reason, setReason] = useState('');
  const act = useAction((action: 'close' | 'reopen') =>
    DirectoryApi.campaignAction(campaignId, action, c.data!.version, reason),
  );
  if (!c.data) return <li class="muted small">{campaignId}</li>;
  const s = c.data.state;
  const changed = () => {
    c.reload();
    onDone();
  };
  return (
    <li data-campaign={campaignId}>
      <strong>{s.name}</strong>{' '}
      <span class="badge">{s.status === 'OPEN' ? tx('Đang nhận hồ sơ', 'Open') : tx('Đã dừng nhận', 'Closed')}</span>
      <div class="small muted">
        {campaignId} · {s.unitId} · {formatDate(s.filingOpensOn)} – {formatDate(s.filingClosesOn)} ·{' '}
        {s.awards.join(', ')} · {s.councilId}
      </div>
      <details>
        <summary>{tx('Sửa đợt thi đua', 'Edit the campaign')}</summary>
        <CampaignEditForm
          key={c.data.version}
          campaignId={campaignId}
          version={c.data.version}
          state={s}
          onDone={changed}
        />
      </details>
      <details>
        <summary>{s.status === 'OPEN' ? tx('Dừng nhận hồ sơ', 'Close filing') : tx('Mở lại', 'Reopen')}</summary>
        <Reason id={`kr-${campaignId}`} value={reason} onChange={setReason} />
        <ErrorBox error={act.error} />
        <button
          type="button"
          disabled={act.busy}
          onClick={async () => {
            if (await act.run(s.status === 'OPEN' ? 'close' : 'reopen')) changed();
          }}
        >
          {tx('Xác nhận', 'Confirm')}
        </button>
      </details>
      <RecordAudit kind="campaign" recordId={campaignId} stamp={c.data.version} />
    </li>
  );
}

const WINDOWS = ['registrationOpensOn', 'registrationClosesOn', 'evaluationOpensOn', 'evaluationClosesOn'] as const;

function CampaignEditForm(props: { campaignId: string; version: number; state: CampaignState; onDone: () => void }) {
  const { tx, pick } = useTx();
  const s = props.state;
  const id = `ke-${props.campaignId}`;
  const [f, setF] = useState({
    name: s.name,
    filingOpensOn: s.filingOpensOn,
    filingClosesOn: s.filingClosesOn,
    awards: s.awards.join(', '),
    councilId: s.councilId,
    reason: '',
    registrationOpensOn: s.registrationOpensOn ?? '',
    registrationClosesOn: s.registrationClosesOn ?? '',
    evaluationOpensOn: s.evaluationOpensOn ?? '',
    evaluationClosesOn: s.evaluationClosesOn ?? '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  // Cluster and bloc scoring's criteria, sent when they changed.
  const [criteria, setCriteria] = useState(criterionRows(s.criteria));
  const act = useAction(() => {
    const body: Record<string, unknown> = { reason: f.reason };
    if (JSON.stringify(criteriaBody(criteria)) !== JSON.stringify(criteriaBody(criterionRows(s.criteria))))
      body.criteria = criteriaBody(criteria);
    if (f.name !== s.name) body.name = f.name;
    if (f.filingOpensOn !== s.filingOpensOn) body.filingOpensOn = f.filingOpensOn;
    if (f.filingClosesOn !== s.filingClosesOn) body.filingClosesOn = f.filingClosesOn;
    if (codes(f.awards).join(',') !== s.awards.join(',')) body.awards = codes(f.awards);
    if (f.councilId !== s.councilId) body.councilId = f.councilId;
    // A window's date is set or moved, never emptied (only what changed is sent).
    for (const k of WINDOWS) if (f[k] && f[k] !== (s[k] ?? '')) body[k] = f[k];
    return DirectoryApi.changeCampaign(props.campaignId, props.version, body);
  });
  const err = (field: string) => fieldError(act.error, field, pick);
  const fields = [
    'name',
    'filingOpensOn',
    'filingClosesOn',
    'awards',
    'councilId',
    'reason',
    ...WINDOWS,
    ...criteriaFields(criteria),
  ];
  return (
    <Form
      aria-label={tx('Sửa đợt thi đua', 'Edit the campaign')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await act.run()) props.onDone();
      }}
    >
      <F id={`${id}-name`} label={tx('Tên đợt thi đua', 'Campaign name')} error={err('name')}>
        <input id={`${id}-name`} value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
      </F>
      <F id={`${id}-open`} label={tx('Nhận hồ sơ từ ngày', 'Filing opens')} error={err('filingOpensOn')}>
        <DateInput id={`${id}-open`} value={f.filingOpensOn} onChange={set('filingOpensOn')} />
      </F>
      <F id={`${id}-close`} label={tx('Nhận hồ sơ đến ngày', 'Filing closes')} error={err('filingClosesOn')}>
        <DateInput id={`${id}-close`} value={f.filingClosesOn} onChange={set('filingClosesOn')} />
      </F>
      <F
        id={`${id}-reg-open`}
        label={tx('Nhận đăng ký thi đua từ ngày', 'Registration opens')}
        error={err('registrationOpensOn')}
      >
        <DateInput id={`${id}-reg-open`} value={f.registrationOpensOn} onChange={set('registrationOpensOn')} />
      </F>
      <F
        id={`${id}-reg-close`}
        label={tx('Hạn chót đăng ký thi đua', 'Registration deadline')}
        error={err('registrationClosesOn')}
      >
        <DateInput id={`${id}-reg-close`} value={f.registrationClosesOn} onChange={set('registrationClosesOn')} />
      </F>
      <F
        id={`${id}-eval-open`}
        label={tx('Đánh giá, chấm điểm từ ngày', 'Evaluation opens')}
        error={err('evaluationOpensOn')}
      >
        <DateInput id={`${id}-eval-open`} value={f.evaluationOpensOn} onChange={set('evaluationOpensOn')} />
      </F>
      <F
        id={`${id}-eval-close`}
        label={tx('Hạn chót đánh giá, chấm điểm', 'Evaluation deadline')}
        error={err('evaluationClosesOn')}
      >
        <DateInput id={`${id}-eval-close`} value={f.evaluationClosesOn} onChange={set('evaluationClosesOn')} />
      </F>
      <F
        id={`${id}-awards`}
        label={tx('Hình thức khen thưởng', 'Awards')}
        error={err('awards')}
        hint={tx('Mã, cách nhau bởi dấu phẩy', 'Codes, comma-separated')}
      >
        <input id={`${id}-awards`} value={f.awards} onInput={(e) => set('awards')(e.currentTarget.value)} />
      </F>
      <F id={`${id}-council`} label={tx('Mã Hội đồng xét', 'Reviewing council code')} error={err('councilId')}>
        <input id={`${id}-council`} value={f.councilId} onInput={(e) => set('councilId')(e.currentTarget.value)} />
      </F>
      <CriteriaEditor id={`${id}-criteria`} rows={criteria} onChange={setCriteria} error={err} />
      <Reason id={`${id}-reason`} value={f.reason} onChange={set('reason')} error={err('reason')} />
      <FormError error={act.error} fields={fields} />
      {act.result && (
        <p role="status" class="ok">
          {tx('Đã ghi thay đổi', 'Change recorded')}
        </p>
      )}
      <button class="primary" disabled={act.busy}>
        {tx('Ghi thay đổi', 'Record the change')}
      </button>
    </Form>
  );
}
