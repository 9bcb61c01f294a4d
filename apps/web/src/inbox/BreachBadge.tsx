import { formatDateTime, formatSpan, urgencyOf } from '../i18n/format';
import { useI18n } from '../i18n/i18n';

/** Time to breach, coloured: red when breached, amber within 3 days, green otherwise (words too, not colour alone). */
export function BreachBadge({ msToBreach, breachAt }: { msToBreach: number | null; breachAt: string | null }) {
  const { t, lang } = useI18n();
  const u = urgencyOf(msToBreach);
  if (u === 'none' || msToBreach === null) return <span class="badge badge-none">{t('sla.noDeadline')}</span>;
  const text =
    u === 'breached'
      ? t('sla.breachedAgo', { span: formatSpan(msToBreach, lang) })
      : t('sla.left', { span: formatSpan(msToBreach, lang) });
  return (
    <span class={`badge badge-${u}`} title={formatDateTime(breachAt)} data-urgency={u}>
      {text}
    </span>
  );
}
