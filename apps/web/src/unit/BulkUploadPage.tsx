import { Form } from '../ui/Form';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { Api } from '../api/endpoints';
import type { BulkProgress } from '../api/types';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, PageTitle } from '../ui/ui';
import { BulkSubmit } from './BulkSubmit';
import { CampaignCouncilFields, useCampaignChoice } from './CampaignChoice';

const TEMPLATE =
  '\uFEFFHọ và tên,Danh hiệu,Đối tượng,Chức vụ,Giới tính,Năm,Xếp loại\nNguyễn Thị Lan,BK_TINH,Cá nhân,Giáo viên,Nữ,2026,Hoàn thành xuất sắc nhiệm vụ\n';

/** Bulk filing: a CSV or XLSX of nominees, the upload's and the filing's progress, and errors row by row. */
export function BulkUploadPage() {
  const { t, pick } = useI18n();
  // The list's rows carry their awards: the default is the campaign the officer's unit files into first.
  const choice = useCampaignChoice();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'filing' | 'done'>('idle');
  const [uploaded, setUploaded] = useState(0);
  const [summary, setSummary] = useState<{ bulkId: string; total: number; valid: number; rejected: number } | null>(
    null,
  );
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function poll(bulkId: string) {
    Api.bulkProgress(bulkId).then(
      (p) => {
        setProgress(p);
        if (p.status === 'COMPLETED') setPhase('done');
        else timer.current = window.setTimeout(() => poll(bulkId), 500);
      },
      (e) => {
        if (e instanceof ApiError && e.status === 404) timer.current = window.setTimeout(() => poll(bulkId), 500);
        else {
          setError(e);
          setPhase('done');
        }
      },
    );
  }

  async function start(e: Event) {
    e.preventDefault();
    if (!choice.complete() || !file) return;
    setError(null);
    setProgress(null);
    setSummary(null);
    setUploaded(0);
    setPhase('uploading');
    try {
      const s = await Api.bulkUpload(file, choice.campaignId, choice.councilId, setUploaded);
      setSummary(s);
      setPhase('filing');
      poll(s.bulkId);
    } catch (err) {
      setError(err);
      setPhase('idle');
    }
  }

  const total = progress?.total ?? summary?.total ?? 0;
  const processed = progress?.processed ?? 0;
  const percent =
    phase === 'uploading'
      ? Math.round(uploaded * 100)
      : total
        ? Math.round((processed / total) * 100)
        : phase === 'done'
          ? 100
          : 0;
  const failedRows = (progress?.rows ?? []).filter((r) => r.errors?.length);

  return (
    <section>
      <PageTitle>{t('bulk.title')}</PageTitle>
      <p>
        {t('bulk.intro')}{' '}
        <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`} download="mau-danh-sach.csv">
          {t('bulk.template')}
        </a>
      </p>
      <Form class="card form-grid" onSubmit={start}>
        <CampaignCouncilFields choice={choice} prefix="b" />
        <Field id="b-file" label={t('bulk.file')} required hint={t('bulk.fileHint')}>
          <input
            id="b-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            aria-describedby="b-file-hint"
          />
        </Field>
        <div class="span2">
          <button type="submit" class="primary" disabled={!file || phase === 'uploading' || phase === 'filing'}>
            {t('bulk.upload')}
          </button>
        </div>
      </Form>
      <ErrorBox error={error} />
      {phase !== 'idle' && (
        <section class="card" aria-live="polite">
          <h2>{t('bulk.progress')}</h2>
          <label for="bulk-progress">
            {phase === 'uploading'
              ? t('bulk.uploading')
              : phase === 'filing'
                ? t('bulk.filing', { processed, total })
                : t('bulk.done')}
          </label>
          <progress id="bulk-progress" max={100} value={percent}>
            {percent}%
          </progress>
          <span class="small"> {percent}%</span>
          {summary && (
            <p data-testid="bulk-summary">
              {t('bulk.summary', { total: summary.total, valid: summary.valid, rejected: summary.rejected })}
            </p>
          )}
          {progress && <p>{t('bulk.result', { filed: progress.filed, failed: progress.failed })}</p>}
          {failedRows.length > 0 && (
            <table class="responsive errors-table">
              <caption>{t('bulk.rowErrors')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bulk.row')}</th>
                  <th scope="col">{t('inbox.col.nominee')}</th>
                  <th scope="col">{t('bulk.errors')}</th>
                </tr>
              </thead>
              <tbody>
                {failedRows.map((r) => (
                  <tr key={r.row} data-row={r.row}>
                    <td data-label={t('bulk.row')}>{r.row}</td>
                    <td data-label={t('inbox.col.nominee')}>{r.name ?? '—'}</td>
                    <td data-label={t('bulk.errors')}>
                      <ul>
                        {r.errors!.map((e, i) => (
                          <li key={i}>{pick(e.messageVi, e.messageEn)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {progress && progress.filed > 0 && (
            <p>
              <Link href="/ho-so">{t('bulk.seeCases')}</Link>
            </p>
          )}
        </section>
      )}
      {phase === 'done' && progress && progress.filed > 0 && <BulkSubmit progress={progress} />}
    </section>
  );
}
