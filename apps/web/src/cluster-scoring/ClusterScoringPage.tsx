import { useState } from 'preact/hooks';
import { storeDocument } from '../api/endpoints';
import { useDirectory } from '../app/directory';
import { navigate } from '../app/router';
import { useSession } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Form } from '../ui/Form';
import { ErrorBox, Field, PageTitle, problemFields, useAction, useAsync } from '../ui/ui';
import { ScoringApi, type Criterion, type Scoring } from './scoring-api';

const STATUS_VI: Record<Scoring['status'], string> = {
  NOT_STARTED: 'Chưa chấm điểm',
  SCORING: 'Đang tự chấm, thẩm định',
  VOTING: 'Đang bỏ phiếu xếp hạng',
  RECORDED: 'Đã có kết quả',
};
const STATUS_EN: Record<Scoring['status'], string> = {
  NOT_STARTED: 'Not started',
  SCORING: 'Self-scoring and review',
  VOTING: 'Voting on the ranking',
  RECORDED: 'Result recorded',
};
const pts = (n: number) => String(n).replace('.', ',');

/**
 * Cluster and bloc scoring (chấm điểm thi đua cụm, khối): a unit officer's score sheet, the leading unit's review
 * (adjustments with a reason, the ranking put to the vote), the members' secret vote, and the result with its
 * ranking, from which the leader drafts the emulation flag's nomination.
 */
export function ClusterScoringPage() {
  const { pick } = useI18n();
  const dir = useDirectory();
  const clusters = useAsync(() => ScoringApi.clusters(), []);
  const [clusterId, setClusterId] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const scoring = useAsync(
    () => (clusterId && campaignId ? ScoringApi.view(clusterId, campaignId) : Promise.resolve(null)),
    [clusterId, campaignId],
  );
  const s = scoring.data;
  return (
    <section>
      <PageTitle>{pick('Chấm điểm thi đua cụm, khối', 'Cluster and bloc scoring')}</PageTitle>
      <p>
        {pick(
          'Mỗi đơn vị tự chấm điểm theo tiêu chí của đợt thi đua, kèm minh chứng; đơn vị trưởng cụm, khối thẩm định, điều chỉnh (có lý do) và đưa bảng xếp hạng ra các đơn vị bỏ phiếu kín. Kết quả là thứ hạng dùng để xét Cờ thi đua.',
          "Each unit scores itself on the campaign's criteria with evidence; the leading unit reviews, adjusts (with a reason) and puts the ranking to the members' secret vote. The result is the rank the emulation flag reads.",
        )}
      </p>
      <div class="card form-grid" role="search">
        <Field id="cs-cluster" label={pick('Cụm, khối thi đua', 'Cluster or bloc')}>
          <select id="cs-cluster" value={clusterId} onChange={(e) => setClusterId(e.currentTarget.value)}>
            <option value="">{pick('Chọn cụm, khối', 'Choose one')}</option>
            {(clusters.data ?? []).map((c) => (
              <option key={c.clusterId} value={c.clusterId}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="cs-campaign" label={pick('Đợt thi đua', 'Campaign')}>
          <select id="cs-campaign" value={campaignId} onChange={(e) => setCampaignId(e.currentTarget.value)}>
            <option value="">{pick('Chọn đợt thi đua', 'Choose one')}</option>
            {dir.campaigns.map((c) => (
              <option key={c.campaignId} value={c.campaignId}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ErrorBox error={clusters.error ?? scoring.error} />
      {s && (
        <ScoringView
          s={s}
          onChange={() => scoring.reload()}
          unitName={(u) => dir.units.find((x) => x.unitId === u)?.name ?? u}
        />
      )}
    </section>
  );
}

function ScoringView({ s, onChange, unitName }: { s: Scoring; onChange: () => void; unitName: (u: string) => string }) {
  const { pick } = useI18n();
  const { me } = useSession();
  const mine = me?.role === 'UNIT_OFFICER' ? me.unitId : undefined;
  const leader = !!mine && mine === s.leaderId;
  const member = !!mine && s.members.includes(mine);
  return (
    <div data-testid="cluster-scoring">
      <p>
        <span class="badge">{pick(STATUS_VI[s.status], STATUS_EN[s.status])}</span>{' '}
        {pick(
          `Năm ${s.year}; đơn vị trưởng: ${s.leaderId ? unitName(s.leaderId) : '—'}`,
          `Year ${s.year}; leading unit: ${s.leaderId ? unitName(s.leaderId) : '—'}`,
        )}
      </p>
      {s.criteria.length === 0 && (
        <p>{pick('Đợt thi đua chưa có tiêu chí chấm điểm.', 'The campaign has no scoring criteria yet.')}</p>
      )}
      {member && mine && (s.status === 'NOT_STARTED' || s.status === 'SCORING') && (
        <ScoreSheet s={s} unitId={mine} onChange={onChange} />
      )}
      <Review s={s} leader={leader} onChange={onChange} unitName={unitName} />
      {s.ballot && <BallotCard s={s} mine={mine} leader={leader} onChange={onChange} unitName={unitName} />}
      {s.result && <ResultCard s={s} leader={leader} unitName={unitName} />}
    </div>
  );
}

/** The unit officer's own sheet: points per criterion, a file or a note as evidence, then the sheet sent. */
function ScoreSheet({ s, unitId, onChange }: { s: Scoring; unitId: string; onChange: () => void }) {
  const { pick } = useI18n();
  const sheet = s.sheets[unitId];
  const submit = useAction(() => ScoringApi.submit(s, unitId));
  if (sheet?.submittedOn)
    return (
      <p class="card">
        {pick(
          `Đơn vị đã gửi bảng tự chấm điểm ngày ${formatDate(sheet.submittedOn)}.`,
          `Your unit submitted its sheet on ${formatDate(sheet.submittedOn)}.`,
        )}
      </p>
    );
  return (
    <div class="card">
      <h2>{pick('Bảng tự chấm điểm của đơn vị', "Your unit's score sheet")}</h2>
      {s.criteria.map((c) => (
        <CriterionRow key={c.criterionId} s={s} unitId={unitId} c={c} onChange={onChange} />
      ))}
      <ErrorBox error={submit.error} />
      <button
        type="button"
        class="primary"
        disabled={submit.busy}
        onClick={async () => {
          if (await submit.run()) onChange();
        }}
      >
        {pick('Gửi bảng điểm cho trưởng cụm, khối', 'Submit the sheet to the leading unit')}
      </button>
    </div>
  );
}

function CriterionRow({ s, unitId, c, onChange }: { s: Scoring; unitId: string; c: Criterion; onChange: () => void }) {
  const { pick } = useI18n();
  const scored = s.sheets[unitId]?.scores[c.criterionId];
  const [points, setPoints] = useState(scored ? String(scored.points) : '');
  const [note, setNote] = useState(scored?.note ?? '');
  const [documents, setDocuments] = useState<string[]>(scored?.documents ?? []);
  const [local, setLocal] = useState<string | null>(null);
  const save = useAction(() =>
    ScoringApi.score(s, unitId, c.criterionId, {
      points: Number(points.replace(',', '.')),
      documents,
      ...(note.trim() ? { note: note.trim() } : {}),
    }),
  );
  const api = problemFields(save.error);
  const err = (f: string) => (api.get(f) ? pick(api.get(f)!.vi, api.get(f)!.en) : null);
  const id = `cs-${c.criterionId}`;
  return (
    <Form
      class="form-grid"
      aria-label={c.name}
      onSubmit={async (e) => {
        e.preventDefault();
        const n = Number(points.replace(',', '.'));
        if (points.trim() === '' || !Number.isFinite(n) || n < 0 || n > c.maxPoints) {
          setLocal(pick(`Điểm từ 0 đến ${pts(c.maxPoints)}.`, `Points from 0 to ${c.maxPoints}.`));
          return;
        }
        setLocal(null);
        if (await save.run()) onChange();
      }}
    >
      <Field
        id={`${id}-points`}
        label={pick(
          `${c.name} (tối đa ${pts(c.maxPoints)}, hệ số ${pts(c.weight)})`,
          `${c.name} (max ${c.maxPoints}, weight ${c.weight})`,
        )}
        hint={c.evidence ? pick(`Minh chứng: ${c.evidence}`, `Evidence: ${c.evidence}`) : undefined}
        required
        error={local ?? err('points')}
      >
        <input
          id={`${id}-points`}
          inputMode="decimal"
          value={points}
          onInput={(e) => setPoints(e.currentTarget.value)}
        />
      </Field>
      <Field id={`${id}-file`} label={pick('Tệp minh chứng', 'Evidence file')} error={err('documents')}>
        <input
          id={`${id}-file`}
          type="file"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) setDocuments([...documents, (await storeDocument(file)).sha256]);
          }}
        />
        {documents.length > 0 && (
          <span class="small muted">{pick(`${documents.length} tệp`, `${documents.length} file(s)`)}</span>
        )}
      </Field>
      <Field id={`${id}-note`} label={pick('Ghi chú minh chứng', 'Evidence note')}>
        <input id={`${id}-note`} value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <div>
        <ErrorBox error={save.error} atFields={['points', 'documents']} />
        <button type="submit" class="secondary" disabled={save.busy}>
          {pick('Lưu điểm', 'Save')}
        </button>
      </div>
    </Form>
  );
}

/** Every unit's points, self-given and as reviewed; the leader adjusts with a reason and opens the vote. */
function Review({
  s,
  leader,
  onChange,
  unitName,
}: {
  s: Scoring;
  leader: boolean;
  onChange: () => void;
  unitName: (u: string) => string;
}) {
  const { pick } = useI18n();
  const [unitId, setUnitId] = useState('');
  const [criterionId, setCriterionId] = useState(s.criteria[0]?.criterionId ?? '');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const adjust = useAction(() =>
    ScoringApi.adjust(s, unitId, { criterionId, points: Number(points.replace(',', '.')), reason: reason.trim() }),
  );
  const open = useAction(() => ScoringApi.openBallot(s));
  const api = problemFields(adjust.error);
  const err = (f: string) => local[f] ?? (api.get(f) ? pick(api.get(f)!.vi, api.get(f)!.en) : null);
  const reviewing = s.status === 'SCORING';
  return (
    <div class="card">
      <h2>{pick('Thẩm định của đơn vị trưởng cụm, khối', "The leading unit's review")}</h2>
      <table class="table" data-testid="cluster-sheets">
        <thead>
          <tr>
            <th>{pick('Đơn vị', 'Unit')}</th>
            {s.criteria.map((c) => (
              <th key={c.criterionId}>{c.name}</th>
            ))}
            <th>{pick('Bảng điểm', 'Sheet')}</th>
          </tr>
        </thead>
        <tbody>
          {s.members.map((u) => (
            <tr key={u}>
              <td>{unitName(u)}</td>
              {s.criteria.map((c) => {
                const sc = s.sheets[u]?.scores[c.criterionId];
                return (
                  <td key={c.criterionId}>
                    {sc ? pts(sc.points) : '—'}
                    {sc && sc.points !== sc.selfPoints && (
                      <span class="small muted">
                        {' '}
                        ({pick(`tự chấm ${pts(sc.selfPoints)}`, `self ${sc.selfPoints}`)})
                      </span>
                    )}
                  </td>
                );
              })}
              <td>
                {s.sheets[u]?.submittedOn
                  ? pick(
                      `Đã gửi ${formatDate(s.sheets[u]!.submittedOn!)}`,
                      `Sent ${formatDate(s.sheets[u]!.submittedOn!)}`,
                    )
                  : pick('Chưa gửi', 'Not sent')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.adjustments.length > 0 && (
        <>
          <h3>{pick('Điều chỉnh điểm', 'Adjustments')}</h3>
          <ul data-testid="cluster-adjustments">
            {s.adjustments.map((a, i) => (
              <li key={i}>
                {pick(
                  `${unitName(a.unitId)}, tiêu chí ${a.criterionId}: ${pts(a.from)} → ${pts(a.to)} — ${a.reason} (${a.by}, ${formatDate(a.on)})`,
                  `${unitName(a.unitId)}, criterion ${a.criterionId}: ${a.from} → ${a.to} — ${a.reason} (${a.by}, ${formatDate(a.on)})`,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {leader && reviewing && (
        <Form
          class="form-grid"
          aria-label={pick('Điều chỉnh điểm', 'Adjust a score')}
          onSubmit={async (e) => {
            e.preventDefault();
            const l: Record<string, string> = {};
            if (!unitId) l.unitId = pick('Vui lòng chọn đơn vị.', 'Choose the unit.');
            if (!points.trim()) l.points = pick('Vui lòng nhập điểm sau điều chỉnh.', 'Enter the points.');
            if (!reason.trim()) l.reason = pick('Vui lòng nhập lý do điều chỉnh.', 'Enter the reason.');
            setLocal(l);
            if (Object.keys(l).length === 0 && (await adjust.run())) onChange();
          }}
        >
          <Field id="cs-adj-unit" label={pick('Đơn vị', 'Unit')} required error={err('unitId')}>
            <select id="cs-adj-unit" value={unitId} onChange={(e) => setUnitId(e.currentTarget.value)}>
              <option value="">{pick('Chọn đơn vị', 'Choose one')}</option>
              {s.members.map((u) => (
                <option key={u} value={u}>
                  {unitName(u)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="cs-adj-criterion" label={pick('Tiêu chí', 'Criterion')} required error={err('criterionId')}>
            <select id="cs-adj-criterion" value={criterionId} onChange={(e) => setCriterionId(e.currentTarget.value)}>
              {s.criteria.map((c) => (
                <option key={c.criterionId} value={c.criterionId}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="cs-adj-points"
            label={pick('Điểm sau điều chỉnh', 'Points after adjustment')}
            required
            error={err('points')}
          >
            <input
              id="cs-adj-points"
              inputMode="decimal"
              value={points}
              onInput={(e) => setPoints(e.currentTarget.value)}
            />
          </Field>
          <Field id="cs-adj-reason" label={pick('Lý do', 'Reason')} required error={err('reason')}>
            <input
              id="cs-adj-reason"
              value={reason}
              maxLength={2000}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </Field>
          <div>
            <ErrorBox error={adjust.error} atFields={['unitId', 'criterionId', 'points', 'reason']} />
            <button type="submit" class="secondary" disabled={adjust.busy}>
              {pick('Điều chỉnh', 'Adjust')}
            </button>
          </div>
        </Form>
      )}
      {leader && reviewing && (
        <div>
          <ErrorBox error={open.error} />
          <button
            type="button"
            class="primary"
            disabled={open.busy}
            onClick={async () => {
              if (await open.run()) onChange();
            }}
          >
            {pick('Đưa bảng xếp hạng ra bỏ phiếu kín', 'Put the ranking to the secret vote')}
          </button>
        </div>
      )}
    </div>
  );
}

function BallotCard({
  s,
  mine,
  leader,
  onChange,
  unitName,
}: {
  s: Scoring;
  mine?: string;
  leader: boolean;
  onChange: () => void;
  unitName: (u: string) => string;
}) {
  const { pick } = useI18n();
  const b = s.ballot!;
  const vote = useAction((choice: 'APPROVE' | 'DISAPPROVE') => ScoringApi.vote(s, choice));
  const close = useAction(() => ScoringApi.closeBallot(s));
  const mayVote = !!mine && b.voters.includes(mine) && !b.recused.includes(mine) && !b.voted.includes(mine);
  return (
    <div class="card">
      <h2>{pick('Bỏ phiếu kín về bảng xếp hạng', 'Secret vote on the ranking')}</h2>
      <Ranking ranking={b.ranking} unitName={unitName} />
      <p>
        {pick(
          `Đã bỏ phiếu: ${b.voted.length}/${b.voters.length - b.recused.length}. Không bỏ phiếu về việc dẫn đầu của đơn vị mình: ${b.recused.map(unitName).join(', ')}.`,
          `Voted: ${b.voted.length}/${b.voters.length - b.recused.length}. Recused on their own lead: ${b.recused.map(unitName).join(', ')}.`,
        )}
      </p>
      <ErrorBox error={vote.error ?? close.error} />
      {mayVote && (
        <>
          <button
            type="button"
            class="primary"
            disabled={vote.busy}
            onClick={async () => (await vote.run('APPROVE')) && onChange()}
          >
            {pick('Tán thành', 'Approve')}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            disabled={vote.busy}
            onClick={async () => (await vote.run('DISAPPROVE')) && onChange()}
          >
            {pick('Không tán thành', 'Disapprove')}
          </button>
        </>
      )}
      {leader && (
        <button
          type="button"
          class="secondary"
          disabled={close.busy}
          onClick={async () => (await close.run()) && onChange()}
        >
          {pick('Kết thúc bỏ phiếu, kiểm phiếu', 'Close the vote and count')}
        </button>
      )}
    </div>
  );
}

function Ranking({
  ranking,
  unitName,
}: {
  ranking: { unitId: string; score: number; rank: number }[];
  unitName: (u: string) => string;
}) {
  const { pick } = useI18n();
  return (
    <table class="table" data-testid="cluster-ranking">
      <thead>
        <tr>
          <th>{pick('Hạng', 'Rank')}</th>
          <th>{pick('Đơn vị', 'Unit')}</th>
          <th>{pick('Tổng điểm (có hệ số)', 'Weighted total')}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.map((r) => (
          <tr key={r.unitId}>
            <td>{r.rank}</td>
            <td>{unitName(r.unitId)}</td>
            <td>{pts(r.score)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResultCard({ s, leader, unitName }: { s: Scoring; leader: boolean; unitName: (u: string) => string }) {
  const { pick } = useI18n();
  const r = s.result!;
  const draft = useAction(() => ScoringApi.draftFlag(s));
  return (
    <div class="card">
      <h2>{pick('Kết quả xếp hạng', 'The ranking recorded')}</h2>
      <p>
        {pick(
          `Ghi nhận ngày ${formatDate(r.recordedOn)}: ${r.tally.approve}/${r.tally.members} đơn vị tán thành.`,
          `Recorded on ${formatDate(r.recordedOn)}: ${r.tally.approve} of ${r.tally.members} units approved.`,
        )}
      </p>
      <Ranking ranking={r.ranking} unitName={unitName} />
      {leader && (
        <>
          <ErrorBox error={draft.error} />
          <button
            type="button"
            class="primary"
            disabled={draft.busy}
            onClick={async () => {
              const made = await draft.run();
              if (made) navigate(`/ho-so/${made.nominationId}`);
            }}
          >
            {pick(
              'Lập dự thảo hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu',
              "Draft the emulation flag's nomination for the leading unit",
            )}
          </button>
        </>
      )}
    </div>
  );
}
