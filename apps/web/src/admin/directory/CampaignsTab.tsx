import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { DateInput } from '../../ui/DateInput';
import { ErrorBox, useAction, useAsync } from '../../ui/ui';
import { CampaignItem } from './CampaignItem';
import { DirectoryApi, fieldError } from './directory-api';
import { CAMPAIGN_KINDS, F, FormError, Reason, Select, useTx } from './directory-ui';
import { CriteriaEditor, criteriaBody, criteriaFields, type CriterionRow } from './CriteriaEditor';

const WINDOWS = ['registrationOpensOn', 'registrationClosesOn', 'evaluationOpensOn', 'evaluationClosesOn'] as const;

export function CampaignsTab() {
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
    // Lifecycle windows (docs/campaigns.md), optional.
    registrationOpensOn: '',
    registrationClosesOn: '',
    evaluationOpensOn: '',
    evaluationClosesOn: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  // Cluster and bloc scoring's criteria, sent when there are some.
  const [criteria, setCriteria] = useState<CriterionRow[]>([]);
  const act = useAction(() =>
    DirectoryApi.launchCampaign({
      ...f,
      ...(criteria.length ? { criteria: criteriaBody(criteria) } : {}),
      ...Object.fromEntries(WINDOWS.map((k) => [k, f[k] || undefined])),
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
    ...criteriaFields(criteria),
    ...WINDOWS,
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
          id="k-reg-open"
          label={tx('Nhận đăng ký thi đua từ ngày', 'Registration opens')}
          error={err('registrationOpensOn')}
        >
          <DateInput id="k-reg-open" value={f.registrationOpensOn} onChange={set('registrationOpensOn')} />
        </F>
        <F
          id="k-reg-close"
          label={tx('Hạn chót đăng ký thi đua', 'Registration deadline')}
          error={err('registrationClosesOn')}
        >
          <DateInput id="k-reg-close" value={f.registrationClosesOn} onChange={set('registrationClosesOn')} />
        </F>
        <F
          id="k-eval-open"
          label={tx('Đánh giá, chấm điểm từ ngày', 'Evaluation opens')}
          error={err('evaluationOpensOn')}
        >
          <DateInput id="k-eval-open" value={f.evaluationOpensOn} onChange={set('evaluationOpensOn')} />
        </F>
        <F
          id="k-eval-close"
          label={tx('Hạn chót đánh giá, chấm điểm', 'Evaluation deadline')}
          error={err('evaluationClosesOn')}
        >
          <DateInput id="k-eval-close" value={f.evaluationClosesOn} onChange={set('evaluationClosesOn')} />
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
        <CriteriaEditor id="k-criteria" rows={criteria} onChange={setCriteria} error={err} />
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
