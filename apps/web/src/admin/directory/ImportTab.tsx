import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { download, upload } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ErrorBox, Field, problemFields } from '../../ui/ui';

interface ImportRow {
  sheet: 'units' | 'councils' | 'campaigns';
  row: number;
  id: string | null;
  status: 'RECORDED' | 'UNCHANGED' | 'REFUSED' | 'STALE';
  column?: string | null;
  detail?: string;
  detailEn?: string;
}
interface ImportAnswer {
  recorded: number;
  total: number;
  processed: number;
  refused: number;
  rows: ImportRow[];
}

const SHEETS: Record<ImportRow['sheet'], [string, string]> = {
  units: ['Đơn vị', 'Units'],
  councils: ['Hội đồng', 'Councils'],
  campaigns: ['Đợt thi đua', 'Campaigns'],
};

/**
 * An org chart from a spreadsheet: the XLSX template to fill in, the file with the reason, the upload's
 * progress, then each refused row by its sheet, row number and column, with the reason in Vietnamese.
 */
export function ImportTab() {
  const { lang, pick } = useI18n();
  const tx = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('units');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const fields = problemFields(error);
  const local: Record<string, string> = {};
  if (error === 'file') local.file = tx('Chọn tệp XLSX hoặc CSV.', 'Choose an XLSX or CSV file.');
  if (error === 'reason') local.reason = tx('Ghi lý do nhập (vào nhật ký).', 'Give the reason (kept in the audit).');
  const say = (f: string) => local[f] ?? (fields.get(f) ? pick(fields.get(f)!.vi, fields.get(f)!.en) : undefined);
  const csv = !!file && !/\.xlsx$/i.test(file.name);

  async function send(e: Event) {
    e.preventDefault();
    if (!file) return setError('file');
    if (!reason.trim()) return setError('reason');
    setError(null);
    setAnswer(null);
    setBusy(true);
    try {
      setAnswer(
        await upload<ImportAnswer>('/directory/imports/file', file, { reason, ...(csv ? { sheet } : {}) }, setSent),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const refused = answer?.rows.filter((r) => r.status === 'REFUSED' || r.status === 'STALE') ?? [];
  return (
    <div class="card">
      <h2>{tx('Nhập sơ đồ tổ chức từ tệp', 'Import an org chart from a file')}</h2>
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() => void download('/directory/imports/template', 'mau-nhap-so-do-to-chuc.xlsx')}
        >
          {tx('Tải tệp mẫu (XLSX)', 'Download the template (XLSX)')}
        </button>
      </p>
      <Form onSubmit={(e) => void send(e)}>
        <Field
          id="imp-file"
          label={tx('Tệp XLSX theo mẫu, hoặc CSV của một trang', 'An XLSX of the template, or a CSV of one sheet')}
          error={say('file') ?? say('body')}
        >
          <input
            id="imp-file"
            type="file"
            accept=".xlsx,.csv"
            aria-describedby={say('file') ? 'imp-file-error' : undefined}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </Field>
        {csv && (
          <Field id="imp-sheet" label={tx('Tệp CSV là trang', 'The CSV is the sheet')} error={say('sheet')}>
            <select id="imp-sheet" value={sheet} onChange={(e) => setSheet(e.currentTarget.value)}>
              {Object.entries(SHEETS).map(([k, [vi, en]]) => (
                <option key={k} value={k}>
                  {tx(vi, en)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field
          id="imp-reason"
          label={tx('Lý do nhập (ghi vào nhật ký)', 'Reason (kept in the audit)')}
          error={say('reason')}
        >
          <input
            id="imp-reason"
            value={reason}
            aria-describedby={say('reason') ? 'imp-reason-error' : undefined}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </Field>
        {error && typeof error !== 'string' && !['file', 'body', 'sheet', 'reason'].some((f) => fields.has(f)) && (
          <ErrorBox error={error} />
        )}
        <button type="submit" disabled={busy}>
          {tx('Nhập', 'Import')}
        </button>
        {busy && <progress id="imp-progress" max={100} value={Math.round(sent * 100)} />}
      </Form>
      {answer && (
        <div id="imp-result">
          <p role="status">
            {tx(
              `Đã đọc ${answer.processed}/${answer.total} dòng: ghi mới ${answer.recorded} thay đổi, ${refused.length} dòng bị từ chối.`,
              `Read ${answer.processed}/${answer.total} rows: ${answer.recorded} changes recorded, ${refused.length} rows refused.`,
            )}
          </p>
          {refused.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{tx('Trang', 'Sheet')}</th>
                  <th scope="col">{tx('Dòng', 'Row')}</th>
                  <th scope="col">{tx('Cột', 'Column')}</th>
                  <th scope="col">{tx('Lý do', 'Reason')}</th>
                </tr>
              </thead>
              <tbody>
                {refused.map((r) => (
                  <tr key={`${r.sheet}-${r.row}-${r.column ?? ''}`} data-row={`${r.sheet}-${r.row}`}>
                    <td>{tx(...SHEETS[r.sheet])}</td>
                    <td>{r.row}</td>
                    <td>{r.column ?? '—'}</td>
                    <td>{pick(r.detail, r.detailEn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
