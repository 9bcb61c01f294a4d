import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { TaskQuery } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, useAction, useAsync } from '../ui/ui';

/** Saved inbox filters (PUT/GET/DELETE /api/tasks/views): pick one, save the current one, forget one. */
export function SavedViews({ current, onPick }: { current: TaskQuery; onPick: (q: TaskQuery) => void }) {
  const { t } = useI18n();
  const views = useAsync(() => Api.views(), []);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState('');
  const save = useAction(async () => {
    await Api.saveView(name.trim(), { ...current, cursor: undefined });
    setName('');
    views.reload();
  });
  const remove = useAction(async () => {
    await Api.deleteView(picked);
    setPicked('');
    views.reload();
  });
  return (
    <Form
      class="filters saved-views"
      aria-label={t('views.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void save.run();
      }}
    >
      <div class="field">
        <label for="v-pick">{t('views.pick')}</label>
        <select
          id="v-pick"
          value={picked}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setPicked(v);
            const found = views.data?.find((x) => x.name === v);
            if (found) onPick(found.query);
          }}
        >
          <option value="">{t('views.none')}</option>
          {(views.data ?? []).map((v) => (
            <option key={v.name} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      {picked && (
        <button type="button" class="secondary" disabled={remove.busy} onClick={() => void remove.run()}>
          {t('views.delete')}
        </button>
      )}
      <div class="field">
        <label for="v-name">{t('views.name')}</label>
        <input id="v-name" value={name} maxLength={64} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <button type="submit" class="secondary" disabled={save.busy || !name.trim()}>
        {t('views.save')}
      </button>
      <ErrorBox error={save.error ?? remove.error ?? views.error} />
    </Form>
  );
}
