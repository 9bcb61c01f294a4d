import { useDirectory } from '../app/directory';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { CaseNumber } from '../ui/ui';

/** The columns that name a case in a list of cases: the nominee (a link to the case), award, unit, stage. */
export function CaseHeadCells() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col">{t('inbox.col.nominee')}</th>
      <th scope="col">{t('inbox.col.award')}</th>
      <th scope="col">{t('inbox.col.unit')}</th>
      <th scope="col">{t('inbox.stage')}</th>
    </>
  );
}

/** A case's cells under `CaseHeadCells` (the unit's name as the list gives it, else the directory's). */
export function CaseCells({
  c,
}: {
  c: {
    nominationId: string;
    nomineeName: string;
    caseNumber?: string | null;
    awardCode: string;
    unitId: string;
    unitName?: string | null;
    stage: string;
  };
}) {
  const { t, label } = useI18n();
  const dir = useDirectory();
  return (
    <>
      <td data-label={t('inbox.col.nominee')}>
        <Link href={`/ho-so/${c.nominationId}`}>{c.nomineeName}</Link> <CaseNumber n={c.caseNumber} />
      </td>
      <td data-label={t('inbox.col.award')}>{dir.awardName(c.awardCode)}</td>
      <td data-label={t('inbox.col.unit')}>{c.unitName ?? dir.unitName(c.unitId)}</td>
      <td data-label={t('inbox.stage')}>{label('stage', c.stage)}</td>
    </>
  );
}
