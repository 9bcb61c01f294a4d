import { SelectField } from '../ui/choices';
import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { STAGES, TASK_TYPES, type TaskQuery } from '../api/types';
import { useDirectory } from '../app/directory';
import { useI18n } from '../i18n/i18n';
import { DateInput } from '../ui/DateInput';

/** The inbox's filters and sort orders, as GET /api/tasks takes them. */
export function InboxFilters({ value, onApply }: { value: TaskQuery; onApply: (q: TaskQuery) => void }) {
  const { t, label } = useI18n();
  const dir = useDirectory();
  const [q, setQ] = useState<TaskQuery>(value);
  const set = (change: Partial<TaskQuery>) => setQ({ ...q, ...change });
  return (
    <Form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(q);
      }}
      aria-label={t('inbox.filters')}
    >
      <div class="field">
        <label for="f-scope">{t('inbox.scope')}</label>
        <select
          id="f-scope"
          value={q.scope ?? 'all'}
          onChange={(e) => set({ scope: e.currentTarget.value as TaskQuery['scope'] })}
        >
          <option value="all">{t('inbox.scope.all')}</option>
          <option value="mine">{t('inbox.scope.mine')}</option>
          <option value="groups">{t('inbox.scope.groups')}</option>
        </select>
      </div>
      <SelectField
        id="f-type"
        label={t('inbox.type')}
        value={q.type ?? ''}
        onChange={(v) => set({ type: v as TaskQuery['type'] })}
        empty={t('common.any')}
        options={TASK_TYPES.map((x) => [x, label('task', x)] as const)}
      />
      <SelectField
        id="f-stage"
        label={t('inbox.stage')}
        value={q.stage ?? ''}
        onChange={(v) => set({ stage: v as TaskQuery['stage'] })}
        empty={t('common.any')}
        options={STAGES.filter((s) => s !== 'CLOSED').map((x) => [x, label('stage', x)] as const)}
      />
      <SelectField
        id="f-award"
        label={t('inbox.award')}
        value={q.award ?? ''}
        onChange={(v) => set({ award: v })}
        empty={t('common.any')}
        options={Object.keys(dir.rules?.awards ?? {}).map((c) => [c, dir.awardName(c)] as const)}
      />
      <SelectField
        id="f-unit"
        label={t('inbox.unit')}
        value={q.unit ?? ''}
        onChange={(v) => set({ unit: v })}
        empty={t('common.any')}
        options={dir.units.map((u) => [u.unitId, u.name] as const)}
      />
      <SelectField
        id="f-campaign"
        label={t('inbox.campaign')}
        value={q.campaign ?? ''}
        onChange={(v) => set({ campaign: v })}
        empty={t('common.any')}
        options={dir.campaigns.map((c) => [c.campaignId, c.name] as const)}
      />
      <div class="field">
        <label for="f-due">{t('inbox.dueBefore')}</label>
        <DateInput
          id="f-due"
          value={q.dueBefore?.slice(0, 10) ?? ''}
          onChange={(iso) => set({ dueBefore: iso ? `${iso}T00:00:00+07:00` : undefined })}
        />
      </div>
      <div class="field">
        <label for="f-sort">{t('inbox.sort')}</label>
        <select
          id="f-sort"
          value={q.sort ?? 'due'}
          onChange={(e) => set({ sort: e.currentTarget.value as TaskQuery['sort'] })}
        >
          <option value="due">{t('inbox.sort.due')}</option>
          <option value="breach">{t('inbox.sort.breach')}</option>
          <option value="priority">{t('inbox.sort.priority')}</option>
          <option value="age">{t('inbox.sort.age')}</option>
        </select>
      </div>
      <div class="field checkbox">
        <input
          id="f-overdue"
          type="checkbox"
          checked={!!q.overdue}
          onChange={(e) => set({ overdue: e.currentTarget.checked })}
        />
        <label for="f-overdue">{t('inbox.overdueOnly')}</label>
      </div>
      <div class="field buttons">
        <button type="submit" class="primary">
          {t('common.apply')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setQ({});
            onApply({});
          }}
        >
          {t('common.reset')}
        </button>
      </div>
    </Form>
  );
}
