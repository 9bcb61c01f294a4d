import { SelectField } from '../ui/choices';
import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import { useDirectory } from '../app/directory';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, PageTitle, useAction } from '../ui/ui';
import { CampaignCouncilFields, useCampaignChoice } from './CampaignChoice';

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
  const choice = useCampaignChoice(f);
  const { campaignId, councilId } = choice;
  /** One of the form's lists, bound to its value in the form. */
  const choose = (
    k: 'subject' | 'awardCode' | 'kind' | 'rating',
    field: { id: string; label: string; options: readonly (readonly [string, string])[]; empty?: string },
  ) => (
    <SelectField
      {...field}
      required={field.empty === undefined}
      value={f[k]}
      onChange={(v) => setF({ ...f, [k]: v })}
    />
  );
  const year = Number(f.year) || choice.campaign?.year || new Date().getFullYear();
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
          if (!choice.complete()) return;
          const r = await create.run();
          if (r) navigate(`/ho-so/${r.nominationId}`);
        }}
      >
        <Field id="n-name" label={t('new.name')} required>
          <input id="n-name" value={f.name} onInput={set('name')} required maxLength={200} autocomplete="off" />
        </Field>
        {choose('subject', {
          id: 'n-subject',
          label: t('case.subject'),
          options: SUBJECTS.map((s) => [s, label('subject', s)] as const),
        })}
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
        {choose('awardCode', {
          id: 'n-award',
          label: t('case.award'),
          options: Object.keys(dir.rules?.awards ?? { BK_TINH: null }).map((c) => [c, dir.awardName(c)] as const),
        })}
        {choose('kind', {
          id: 'n-kind',
          label: t('case.kind'),
          options: KINDS.map((k) => [k, label('kind', k)] as const),
        })}
        <CampaignCouncilFields choice={choice} prefix="n" />
        <Field id="n-year" label={t('case.year')}>
          <input id="n-year" type="number" min={2000} max={2100} value={f.year || String(year)} onInput={set('year')} />
        </Field>
        {choose('rating', {
          id: 'n-rating',
          label: t('new.rating'),
          empty: t('common.unspecified'),
          options: RATINGS.map((r) => [r, label('rating', r)] as const),
        })}
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
