import { useState } from 'preact/hooks';
import { download } from '../api/client';
import type { NominationView } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ErrorBox } from '../ui/ui';

type Kind = 'proposal' | 'minutes' | 'decision' | 'certificates';
interface Item {
  kind: Kind;
  label: MessageKey;
  formats: ('pdf' | 'docx')[];
}

/** The drafts a case has at its step: the minutes after its ballot, the decision before and after signing. */
function itemsOf(v: NominationView, role: string | undefined): Item[] {
  const s = v.state;
  const items: Item[] = [];
  if (s.nominee && (role === 'UNIT_OFFICER' || role === 'TDKT_OFFICE' || role === 'ADMIN'))
    items.push({ kind: 'proposal', label: 'paperwork.proposal', formats: ['docx', 'pdf'] });
  if (role === 'UNIT_OFFICER') return items;
  if (s.tally) items.push({ kind: 'minutes', label: 'paperwork.minutes', formats: ['pdf', 'docx'] });
  const awarded = v.outcome === 'AWARDED' && !!s.decision;
  if (awarded || v.status === 'AWAITING_DECISION' || v.status === 'FORWARDED')
    items.push({
      kind: 'decision',
      label: awarded ? 'paperwork.decision' : 'paperwork.decisionDraft',
      formats: ['pdf', 'docx'],
    });
  if (awarded) items.push({ kind: 'certificates', label: 'paperwork.certificates', formats: ['pdf'] });
  return items;
}

const FILE = { proposal: 'To-trinh', minutes: 'Bien-ban-hop', decision: 'Quyet-dinh', certificates: 'Bang-khen' };

/** Download buttons for the office and the authority: each draft filled from the case, as PDF or DOCX. */
export function Paperwork({ v }: { v: NominationView }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  const items = itemsOf(v, me?.role);
  if (!me || me.role === 'COUNCIL_MEMBER' || me.role === 'SLA_MONITOR' || items.length === 0) return null;
  const get = async (kind: Kind, format: 'pdf' | 'docx') => {
    setError(undefined);
    setBusy(`${kind}-${format}`);
    try {
      await download(
        `/nominations/${v.nominationId}/drafts/${kind}`,
        `${FILE[kind]}-${v.nominationId.slice(0, 8)}.${format}`,
        {
          format,
        },
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section class="card paperwork" aria-labelledby="paperwork-title">
      <h2 id="paperwork-title">{t('paperwork.title')}</h2>
      <p class="muted small">{t('paperwork.hint')}</p>
      <ul class="doc-list">
        {items.map((i) => (
          <li key={i.kind}>
            <strong>{t(i.label)}</strong>{' '}
            {i.formats.map((f) => (
              <button
                type="button"
                key={f}
                data-draft={`${i.kind}-${f}`}
                disabled={busy !== undefined}
                onClick={() => get(i.kind, f)}
              >
                {t(f === 'pdf' ? 'paperwork.pdf' : 'paperwork.docx')}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {error !== undefined && <ErrorBox error={error} />}
    </section>
  );
}
