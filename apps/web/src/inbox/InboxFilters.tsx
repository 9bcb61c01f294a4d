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
    <form
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
      <div class="field">
        <label for="f-type">{t('inbox.type')}</label>
        <select
          id="f-type"
          value={q.type ?? ''}
          onChange={(e) => set({ type: e.currentTarget.value as TaskQuery['type'] })}
        >
          <option value="">{t('common.any')}</option>
          {TASK_TYPES.map((x) => (
            <option key={x} value={x}>
              {label('task', x)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-stage">{t('inbox.stage')}</label>
        <select
          id="f-stage"
          value={q.stage ?? ''}
          onChange={(e) => set({ stage: e.currentTarget.value as TaskQuery['stage'] })}
        >
          <option value="">{t('common.any')}</option>
          {STAGES.filter((s) => s !== 'CLOSED').map((x) => (
            <option key={x} value={x}>
              {label('stage', x)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-award">{t('inbox.award')}</label>
        <select id="f-award" value={q.award ?? ''} onChange={(e) => set({ award: e.currentTarget.value })}>
          <option value="">{t('common.any')}</option>
          {Object.keys(dir.rules?.awards ?? {}).map((c) => (
            <option key={c} value={c}>
              {dir.awardName(c)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-unit">{t('inbox.unit')}</label>
        <select id="f-unit" value={q.unit ?? ''} onChange={(e) => set({ unit: e.currentTarget.value })}>
          <option value="">{t('common.any')}</option>
          {dir.units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-campaign">{t('inbox.campaign')}</label>
        <select id="f-campaign" value={q.campaign ?? ''} onChange={(e) => set({ campaign: e.currentTarget.value })}>
          <option value="">{t('common.any')}</option>
          {dir.campaigns.map((c) => (
            <option key={c.campaignId} value={c.campaignId}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
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
    </form>
  );
}
