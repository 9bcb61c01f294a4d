import { F, useTx } from './directory-ui';

/** A campaign's scoring criterion as the form edits it (numbers as typed). */
export interface CriterionRow {
  criterionId: string;
  name: string;
  weight: string;
  maxPoints: string;
  evidence: string;
}

export const criterionRows = (
  criteria: { criterionId: string; name: string; weight: number; maxPoints: number; evidence?: string }[] = [],
) =>
  criteria.map((c) => ({
    criterionId: c.criterionId,
    name: c.name,
    weight: String(c.weight),
    maxPoints: String(c.maxPoints),
    evidence: c.evidence ?? '',
  }));

/** The criteria as the API takes them (a decimal comma read as a point). */
export const criteriaBody = (rows: CriterionRow[]) =>
  rows.map((r) => ({
    criterionId: r.criterionId.trim(),
    name: r.name.trim(),
    weight: Number(r.weight.replace(',', '.')),
    maxPoints: Number(r.maxPoints.replace(',', '.')),
    ...(r.evidence.trim() ? { evidence: r.evidence.trim() } : {}),
  }));

/** The fields a refusal may name, for the form's error box. */
export const criteriaFields = (rows: CriterionRow[]) => [
  'criteria',
  ...rows.flatMap((_, i) =>
    ['criterionId', 'name', 'weight', 'maxPoints', 'evidence'].map((k) => `criteria[${i}].${k}`),
  ),
];

/**
 * The scoring criteria of a campaign (tiêu chí chấm điểm thi đua cụm, khối): code, name, weight, maximum points and
 * the evidence asked; the API says at which criterion a value is refused.
 */
export function CriteriaEditor(props: {
  id: string;
  rows: CriterionRow[];
  onChange: (rows: CriterionRow[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { tx } = useTx();
  const set = (i: number, k: keyof CriterionRow, v: string) =>
    props.onChange(props.rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  return (
    <fieldset>
      <legend>{tx('Tiêu chí chấm điểm thi đua cụm, khối', 'Cluster scoring criteria')}</legend>
      {props.rows.map((r, i) => {
        const id = `${props.id}-${i}`;
        return (
          <div class="grid3" key={i}>
            <F id={`${id}-code`} label={tx('Mã tiêu chí', 'Code')} error={props.error(`criteria[${i}].criterionId`)}>
              <input
                id={`${id}-code`}
                value={r.criterionId}
                onInput={(e) => set(i, 'criterionId', e.currentTarget.value)}
              />
            </F>
            <F id={`${id}-name`} label={tx('Tên tiêu chí', 'Name')} error={props.error(`criteria[${i}].name`)}>
              <input id={`${id}-name`} value={r.name} onInput={(e) => set(i, 'name', e.currentTarget.value)} />
            </F>
            <F id={`${id}-weight`} label={tx('Hệ số', 'Weight')} error={props.error(`criteria[${i}].weight`)}>
              <input
                id={`${id}-weight`}
                inputMode="decimal"
                value={r.weight}
                onInput={(e) => set(i, 'weight', e.currentTarget.value)}
              />
            </F>
            <F
              id={`${id}-max`}
              label={tx('Điểm tối đa', 'Maximum points')}
              error={props.error(`criteria[${i}].maxPoints`)}
            >
              <input
                id={`${id}-max`}
                inputMode="decimal"
                value={r.maxPoints}
                onInput={(e) => set(i, 'maxPoints', e.currentTarget.value)}
              />
            </F>
            <F
              id={`${id}-evidence`}
              label={tx('Minh chứng yêu cầu', 'Evidence asked')}
              error={props.error(`criteria[${i}].evidence`)}
            >
              <input
                id={`${id}-evidence`}
                value={r.evidence}
                onInput={(e) => set(i, 'evidence', e.currentTarget.value)}
              />
            </F>
            <button
              type="button"
              class="secondary"
              onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}
            >
              {tx('Bỏ tiêu chí', 'Remove')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        class="secondary"
        onClick={() =>
          props.onChange([
            ...props.rows,
            { criterionId: `TC-${props.rows.length + 1}`, name: '', weight: '1', maxPoints: '', evidence: '' },
          ])
        }
      >
        {tx('Thêm tiêu chí', 'Add a criterion')}
      </button>
    </fieldset>
  );
}
