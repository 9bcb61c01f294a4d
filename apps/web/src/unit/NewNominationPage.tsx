import { SelectField } from '../ui/choices';
import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import { useDirectory } from '../app/directory';
import { navigate } from '../app/router';
import { session } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, PageTitle, useAction } from '../ui/ui';
import { fileableCampaigns, todayInVietnam, unitLine } from './default-campaign';

const KINDS = ['CONG_TRANG', 'THEO_DOT', 'DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN', 'DOI_NGOAI'];
const SUBJECTS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'];
const RATINGS = ['HOAN_THANH_XUAT_SAC', 'HOAN_THANH_TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH'];

/** The unit officer files a nomination (a draft); the case page then takes the documents and submits. */
export function NewNominationPage() {
  const { t, label } = useI18n();
  const dir = useDirectory();
  const [f, setF] = useState({
    awardCode: 'BK_TINH',
    kind: 'CONG_TRANG',
    campaignId: '',
    councilId: '',
    name: '',
    subject: 'INDIVIDUAL',
    position: '',
    gender: '',
    /** Direct worker (an individual) or small collective (a collective): the reports' dimensions. */
    priority: '',
    rating: '',
    year: '',
  });
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) =>
    setF({ ...f, [k]: e.currentTarget.value });
  // The default: a campaign open for filing today that the officer's unit may file into (the award and
  // kind chosen first), and its council; none when nothing fits, and the officer is asked to choose.
  const fileable = fileableCampaigns(dir.campaigns, unitLine(dir.units, session.get().me?.unitId), todayInVietnam(), f);
  const campaignId = f.campaignId || fileable[0]?.campaignId || '';
  const chosen = dir.campaigns.find((c) => c.campaignId === campaignId);
  const councilId = f.councilId || chosen?.councilId || '';
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const setValue = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const year =
    Number(f.year) || dir.campaigns.find((c) => c.campaignId === campaignId)?.year || new Date().getFullYear();
  const create = useAction(() =>
    Api.create({
      awardCode: f.awardCode,
      kind: f.kind,
      campaignId,
      councilId,
      year,
      nominee: {
        name: f.name.trim(),
        subject: f.subject,
        ...(f.position ? { position: f.position } : {}),
        ...(f.gender ? { gender: f.gender } : {}),
        ...(f.priority ? { [f.subject === 'COLLECTIVE' ? 'smallCollective' : 'directWorker']: true } : {}),
      },
      ...(f.rating ? { achievements: { ratings: [{ year, rating: f.rating }] } } : {}),
    }),
  );
  return (
    <section>
      <PageTitle>{t('new.title')}</PageTitle>
      <p>{t('new.intro')}</p>
      <Form
        class="card form-grid"
        onSubmit={async (e) => {
          e.preventDefault();
          const gaps = { campaignId: !campaignId, councilId: !councilId };
          setMissing(gaps);
          if (gaps.campaignId || gaps.councilId) return;
          const r = await create.run();
          if (r) navigate(`/ho-so/${r.nominationId}`);
        }}
      >
        <Field id="n-name" label={t('new.name')} required>
          <input id="n-name" value={f.name} onInput={set('name')} required maxLength={200} autocomplete="off" />
        </Field>
        <SelectField
          id="n-subject"
          label={t('case.subject')}
          required
          value={f.subject}
          onChange={setValue('subject')}
          options={SUBJECTS.map((s) => [s, label('subject', s)] as const)}
        />
        <Field id="n-position" label={t('new.position')}>
          <input id="n-position" value={f.position} onInput={set('position')} maxLength={200} />
        </Field>
        <Field id="n-gender" label={t('new.gender')}>
          <select id="n-gender" value={f.gender} onChange={set('gender')}>
            <option value="">{t('common.unspecified')}</option>
            <option value="FEMALE">{t('new.female')}</option>
            <option value="MALE">{t('new.male')}</option>
          </select>
        </Field>
        <div class="field">
          <label>
            <input
              id="n-priority"
              type="checkbox"
              checked={f.priority === 'yes'}
              onChange={(e) => setF({ ...f, priority: e.currentTarget.checked ? 'yes' : '' })}
            />{' '}
            {t(f.subject === 'COLLECTIVE' ? 'new.smallCollective' : 'new.directWorker')}
          </label>
        </div>
        <SelectField
          id="n-award"
          label={t('case.award')}
          required
          value={f.awardCode}
          onChange={setValue('awardCode')}
          options={Object.keys(dir.rules?.awards ?? { BK_TINH: null }).map((c) => [c, dir.awardName(c)] as const)}
        />
        <SelectField
          id="n-kind"
          label={t('case.kind')}
          required
          value={f.kind}
          onChange={setValue('kind')}
          options={KINDS.map((k) => [k, label('kind', k)] as const)}
        />
        <SelectField
          id="n-campaign"
          label={t('case.campaign')}
          required
          hint={fileable.length === 0 ? t('new.noOpenCampaign') : undefined}
          error={missing.campaignId && !campaignId ? t('new.chooseCampaign') : undefined}
          value={campaignId}
          onChange={setValue('campaignId')}
          empty={t('new.pickCampaign')}
          options={dir.campaigns.map((c) => [c.campaignId, c.name] as const)}
        />
        <SelectField
          id="n-council"
          label={t('case.council')}
          required
          error={missing.councilId && !councilId ? t('new.chooseCouncil') : undefined}
          value={councilId}
          onChange={setValue('councilId')}
          empty={t('new.pickCouncil')}
          options={dir.councils.map((c) => [c.councilId, c.name] as const)}
        />
        <Field id="n-year" label={t('case.year')}>
          <input id="n-year" type="number" min={2000} max={2100} value={f.year || String(year)} onInput={set('year')} />
        </Field>
        <SelectField
          id="n-rating"
          label={t('new.rating')}
          value={f.rating}
          onChange={setValue('rating')}
          empty={t('common.unspecified')}
          options={RATINGS.map((r) => [r, label('rating', r)] as const)}
        />
        <div class="span2">
          <ErrorBox error={create.error} />
          <button type="submit" class="primary" disabled={create.busy}>
            {t('new.create')}
          </button>
        </div>
      </Form>
    </section>
  );
}
