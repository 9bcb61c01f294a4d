import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { RuleSet } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, useAction } from '../ui/ui';

/** Where a JSON.parse error points, as line and column (for the editor's message). */
function parseError(text: string): { message: string; line?: number; column?: number } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    if (!pos) return { message };
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return { message, line, column: Number(pos[1]) - before.lastIndexOf('\n') };
  }
}

/** A JSON editor for a new rule version: the current document as the start, checked before and by the API. */
export function RulesEditor({ current, onPublished }: { current: RuleSet; onPublished: () => void }) {
  const { t } = useI18n();
  const start = () => {
    const { version: _v, ...doc } = current;
    const awards = Object.fromEntries(
      Object.entries(doc.awards).map(([k, a]) => {
        const { prerequisiteTexts: _p, ...rest } = a;
        return [k, rest];
      }),
    );
    return JSON.stringify({ ...doc, awards }, null, 2);
  };
  const [text, setText] = useState(start);
  const local = parseError(text);
  const publish = useAction(() => Api.publishRules(JSON.parse(text)));
  return (
    <section class="card">
      <h2>{t('rules.publishTitle')}</h2>
      <p class="small">{t('rules.publishIntro')}</p>
      <Form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!local && (await publish.run())) onPublished();
        }}
      >
        <label for="rules-json">{t('rules.json')}</label>
        <textarea
          id="rules-json"
          class="code"
          rows={18}
          spellcheck={false}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            publish.reset();
          }}
          aria-invalid={local ? 'true' : 'false'}
          aria-describedby="rules-json-status"
        />
        <div id="rules-json-status" aria-live="polite">
          {local ? (
            <p class="error" role="alert">
              {t('rules.jsonInvalid', { line: local.line ?? '?', column: local.column ?? '?' })}{' '}
              <code class="small">{local.message}</code>
            </p>
          ) : (
            <p class="muted small">{t('rules.jsonValid')}</p>
          )}
        </div>
        <ErrorBox error={publish.error} />
        {publish.result && (
          <p class="ok" role="status">
            {t('rules.published', { version: publish.result.version })}
          </p>
        )}
        <div class="actions">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setText(start());
              publish.reset();
            }}
          >
            {t('common.reset')}
          </button>
          <button type="submit" class="primary" disabled={!!local || publish.busy}>
            {t('rules.publish')}
          </button>
        </div>
      </Form>
    </section>
  );
}
