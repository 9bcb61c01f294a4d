import { useI18n } from '../i18n/i18n';

/** A chart's numbers as a table under it (the text alternative, and what a reader copies). */
export function DataTable({ head, rows }: { head: string[]; rows: (string | number | null)[][] }) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t('sla.dataTable')}</summary>
      <table>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r[0])}>
              {r.map((c, i) => (
                <td key={i}>{c ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
