import { SelectField } from '../ui/choices';
import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api, type Initiative } from '../api/endpoints';
import { useDirectory } from '../app/directory';
import { useSession } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { DateInput } from '../ui/DateInput';
import { ErrorBox, Field, PageTitle, problemFields, useAction, useAsync } from '../ui/ui';

const SCOPES = ['UNIT', 'PROVINCE', 'NATIONAL'] as const;
const SCOPE_VI: Record<string, string> = { UNIT: 'Cấp cơ sở', PROVINCE: 'Cấp tỉnh', NATIONAL: 'Toàn quốc' };
const SCOPE_EN: Record<string, string> = { UNIT: 'Unit', PROVINCE: 'Province', NATIONAL: 'National' };
const STATUS_VI: Record<string, string> = {
  FILED: 'Chờ Hội đồng sáng kiến',
  RECOGNISED: 'Được công nhận',
  NOT_RECOGNISED: 'Không được công nhận',
};
const STATUS_EN: Record<string, string> = {
  FILED: 'Awaiting the council',
  RECOGNISED: 'Recognised',
  NOT_RECOGNISED: 'Not recognised',
};

/**
 * The initiative registry (sổ sáng kiến): the office and the units' officers list and file initiatives, the TĐKT
 * office records the initiative council's assessment. A recognised initiative counts for its authors' titles.
 */
export function InitiativesPage() {
  const { pick } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  const [unitId, setUnitId] = useState(me?.role === 'UNIT_OFFICER' ? (me.unitId ?? '') : '');
  const [authorKey, setAuthorKey] = useState('');
  const [q, setQ] = useState('');
  const [filing, setFiling] = useState(false);
  const [assessing, setAssessing] = useState<Initiative | null>(null);
  const list = useAsync(
    () =>
      Api.initiatives({
        unitId: unitId || undefined,
        authorKey: authorKey.trim() || undefined,
        q: q.trim() || undefined,
      }),
    [unitId, authorKey, q],
  );
  const office = me?.role === 'TDKT_OFFICE';
  return (
    <section>
      <PageTitle>{pick('Sổ sáng kiến', 'Initiative registry')}</PageTitle>
      <p>
        {pick(
          'Sáng kiến được Hội đồng sáng kiến công nhận được tính cho danh hiệu của tác giả (Chiến sĩ thi đua các cấp), không cần đơn vị kê khai lại.',
          "An initiative the initiative council recognised counts for its authors' titles (Emulation Fighter), without the unit declaring it again.",
        )}
      </p>
      <div class="card form-grid" role="search">
        <SelectField
          id="sk-filter-unit"
          label={pick('Đơn vị', 'Unit')}
          value={unitId}
          onChange={setUnitId}
          empty={pick('Tất cả', 'All')}
          options={dir.units.map((u) => [u.unitId, u.name] as const)}
        />
        <Field id="sk-filter-author" label={pick('Mã định danh tác giả', "Author's identifier")}>
          <input id="sk-filter-author" value={authorKey} onInput={(e) => setAuthorKey(e.currentTarget.value)} />
        </Field>
        <Field id="sk-filter-q" label={pick('Tên sáng kiến', 'Title')}>
          <input id="sk-filter-q" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        </Field>
      </div>
      {!filing && (
        <button type="button" class="primary" onClick={() => setFiling(true)}>
          {pick('Đăng ký sáng kiến', 'File an initiative')}
        </button>
      )}
      {filing && (
        <FileForm
          onDone={() => {
            setFiling(false);
            list.reload();
          }}
          onCancel={() => setFiling(false)}
        />
      )}
      {assessing && (
        <AssessForm
          initiative={assessing}
          onDone={() => {
            setAssessing(null);
            list.reload();
          }}
          onCancel={() => setAssessing(null)}
        />
      )}
      <ErrorBox error={list.error} />
      <table class="table" data-testid="initiatives">
        <thead>
          <tr>
            <th>{pick('Tên sáng kiến', 'Title')}</th>
            <th>{pick('Đơn vị', 'Unit')}</th>
            <th>{pick('Năm', 'Year')}</th>
            <th>{pick('Tác giả', 'Authors')}</th>
            <th>{pick('Kết quả', 'Result')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(list.data?.items ?? []).map((i) => (
            <tr key={i.initiativeId}>
              <td>{i.title}</td>
              <td>{dir.unitName(i.unitId)}</td>
              <td>{i.year}</td>
              <td>{i.authors.map((a) => a.name).join(', ')}</td>
              <td>
                <span class="badge">{pick(STATUS_VI[i.status], STATUS_EN[i.status])}</span>
                {i.assessment?.scope && ` ${pick(SCOPE_VI[i.assessment.scope], SCOPE_EN[i.assessment.scope])}`}
                {i.assessment && `, ${formatDate(i.assessment.decidedOn)}`}
                {i.assessment?.reason && <div class="small muted">{i.assessment.reason}</div>}
              </td>
              <td>
                {office && i.status === 'FILED' && (
                  <button type="button" class="secondary" onClick={() => setAssessing(i)}>
                    {pick('Ghi kết quả đánh giá', 'Record the assessment')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface AuthorRow {
  name: string;
  key: string;
  userId: string;
}

function FileForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { pick } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  const ownUnit = me?.role === 'UNIT_OFFICER' ? me.unitId : undefined;
  const [title, setTitle] = useState('');
  const [unitId, setUnitId] = useState(ownUnit ?? dir.units[0]?.unitId ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [authors, setAuthors] = useState<AuthorRow[]>([{ name: '', key: '', userId: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = useAction(() =>
    Api.fileInitiative({
      title: title.trim(),
      unitId,
      year: Number(year),
      authors: authors.map((a) => ({
        name: a.name.trim(),
        ...(a.key.trim() ? { key: a.key.trim() } : {}),
        ...(a.userId.trim() ? { userId: a.userId.trim() } : {}),
      })),
    }),
  );
  const err = reasonAt(errors, send.error, pick);
  const setAuthor = (i: number, k: keyof AuthorRow, v: string) =>
    setAuthors(authors.map((a, j) => (j === i ? { ...a, [k]: v } : a)));
  const validate = () => {
    const e: Record<string, string> = {};
    if (!title.trim()) e.title = pick('Vui lòng nhập tên sáng kiến.', 'Enter the title.');
    if (!unitId) e.unitId = pick('Vui lòng chọn đơn vị.', 'Choose the unit.');
    if (!/^\d{4}$/.test(year)) e.year = pick('Năm gồm 4 chữ số, ví dụ 2026.', 'A year of 4 digits, e.g. 2026.');
    authors.forEach((a, i) => {
      if (!a.name.trim()) e[`authors[${i}].name`] = pick('Vui lòng nhập họ tên tác giả.', "Enter the author's name.");
    });
    setErrors(e);
    return Object.keys(e).length === 0;
  };
  const atFields = [
    'title',
    'unitId',
    'year',
    ...authors.flatMap((_, i) => [`authors[${i}].name`, `authors.${i}.name`]),
  ];
  return (
    <Form
      class="card form-grid"
      aria-label={pick('Đăng ký sáng kiến', 'File an initiative')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (validate() && (await send.run())) onDone();
      }}
    >
      <Field id="sk-title" label={pick('Tên sáng kiến', 'Title')} required error={err('title')}>
        <input
          id="sk-title"
          value={title}
          maxLength={500}
          aria-invalid={err('title') ? 'true' : 'false'}
          aria-describedby={err('title') ? 'sk-title-error' : undefined}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </Field>
      <SelectField
        id="sk-unit"
        label={pick('Đơn vị', 'Unit')}
        required
        error={err('unitId')}
        value={unitId}
        disabled={!!ownUnit}
        onChange={setUnitId}
        options={dir.units.map((u) => [u.unitId, u.name] as const)}
      />
      <Field id="sk-year" label={pick('Năm', 'Year')} required error={err('year')}>
        <input
          id="sk-year"
          inputMode="numeric"
          value={year}
          aria-invalid={err('year') ? 'true' : 'false'}
          onInput={(e) => setYear(e.currentTarget.value)}
        />
      </Field>
      <fieldset class="span2">
        <legend>{pick('Tác giả', 'Authors')}</legend>
        {authors.map((a, i) => (
          <div class="grid3" key={i}>
            <Field id={`sk-author-${i}`} label={pick('Họ tên', 'Name')} required error={err(`authors[${i}].name`)}>
              <input
                id={`sk-author-${i}`}
                value={a.name}
                maxLength={200}
                aria-invalid={err(`authors[${i}].name`) ? 'true' : 'false'}
                onInput={(e) => setAuthor(i, 'name', e.currentTarget.value)}
              />
            </Field>
            <Field
              id={`sk-author-key-${i}`}
              label={pick('Mã định danh (CCCD, mã cán bộ)', 'Identifier')}
              hint={pick('Để trống: đơn vị + họ tên, như hồ sơ đề nghị', 'Empty: unit + name, as nominations do')}
            >
              <input
                id={`sk-author-key-${i}`}
                value={a.key}
                maxLength={64}
                onInput={(e) => setAuthor(i, 'key', e.currentTarget.value)}
              />
            </Field>
            <Field id={`sk-author-user-${i}`} label={pick('Tài khoản đăng nhập (nếu có)', 'Sign-in account (if any)')}>
              <input
                id={`sk-author-user-${i}`}
                value={a.userId}
                maxLength={128}
                onInput={(e) => setAuthor(i, 'userId', e.currentTarget.value)}
              />
            </Field>
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => setAuthors([...authors, { name: '', key: '', userId: '' }])}
        >
          {pick('Thêm tác giả', 'Add an author')}
        </button>
      </fieldset>
      <Footer action={send} atFields={atFields} submit={pick('Đăng ký', 'File')} onCancel={onCancel} />
    </Form>
  );
}

function AssessForm({
  initiative,
  onDone,
  onCancel,
}: {
  initiative: Initiative;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { pick } = useI18n();
  const [recognised, setRecognised] = useState(true);
  const [scope, setScope] = useState<string>('UNIT');
  const [decidedOn, setDecidedOn] = useState('');
  const [reason, setReason] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = useAction(() =>
    Api.assessInitiative(initiative.initiativeId, {
      recognised,
      decidedOn,
      ...(recognised ? { scope } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(decisionNumber.trim() ? { decisionNumber: decisionNumber.trim() } : {}),
    }),
  );
  const err = reasonAt(errors, send.error, pick);
  const validate = () => {
    const e: Record<string, string> = {};
    if (!decidedOn)
      e.decidedOn = pick(
        'Vui lòng nhập ngày theo dạng dd/mm/yyyy, không sau hôm nay.',
        'Enter the date as dd/mm/yyyy, not after today.',
      );
    if (!recognised && !reason.trim())
      e.reason = pick('Vui lòng nhập lý do không công nhận.', 'Enter the reason for not recognising it.');
    setErrors(e);
    return Object.keys(e).length === 0;
  };
  return (
    <Form
      class="card form-grid"
      aria-label={pick('Kết quả đánh giá sáng kiến', "The initiative's assessment")}
      onSubmit={async (e) => {
        e.preventDefault();
        if (validate() && (await send.run())) onDone();
      }}
    >
      <h3 class="span2">{initiative.title}</h3>
      <fieldset class="span2">
        <legend>{pick('Kết luận của Hội đồng sáng kiến', "The initiative council's conclusion")}</legend>
        <div class="radio">
          <input type="radio" id="sk-yes" name="sk-rec" checked={recognised} onChange={() => setRecognised(true)} />
          <label for="sk-yes">{pick('Công nhận', 'Recognised')}</label>
        </div>
        <div class="radio">
          <input type="radio" id="sk-no" name="sk-rec" checked={!recognised} onChange={() => setRecognised(false)} />
          <label for="sk-no">{pick('Không công nhận', 'Not recognised')}</label>
        </div>
      </fieldset>
      {recognised && (
        <Field id="sk-scope" label={pick('Phạm vi ảnh hưởng', 'Scope of effect')} required error={err('scope')}>
          <select id="sk-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {pick(SCOPE_VI[s], SCOPE_EN[s])}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="sk-date" label={pick('Ngày', 'Date')} required>
        <DateInput id="sk-date" value={decidedOn} onChange={setDecidedOn} required error={err('decidedOn')} />
      </Field>
      <Field id="sk-reason" label={pick('Lý do', 'Reason')} required={!recognised} error={err('reason')}>
        <textarea
          id="sk-reason"
          rows={2}
          maxLength={2000}
          value={reason}
          aria-invalid={err('reason') ? 'true' : 'false'}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </Field>
      <Field id="sk-number" label={pick('Số quyết định công nhận', 'Decision number')}>
        <input
          id="sk-number"
          value={decisionNumber}
          maxLength={64}
          onInput={(e) => setDecisionNumber(e.currentTarget.value)}
        />
      </Field>
      <Footer
        action={send}
        atFields={['decidedOn', 'reason', 'scope']}
        submit={pick('Ghi nhận', 'Record')}
        onCancel={onCancel}
      />
    </Form>
  );
}

/** A field's reason: the form's own check of it first, else the API's refusal of it. */
function reasonAt(errors: Record<string, string>, error: unknown, pick: (vi: string, en: string) => string) {
  const api = problemFields(error);
  return (field: string) => errors[field] ?? (api.get(field) ? pick(api.get(field)!.vi, api.get(field)!.en) : null);
}

/** A form's last row: the refusal (what it says of the fields is at the fields), cancel, and submit. */
function Footer(props: {
  action: { error?: unknown; busy: boolean };
  atFields: string[];
  submit: string;
  onCancel: () => void;
}) {
  const { pick } = useI18n();
  return (
    <div class="span2">
      <ErrorBox error={props.action.error} atFields={props.atFields} />
      <button type="button" class="secondary" onClick={props.onCancel}>
        {pick('Huỷ', 'Cancel')}
      </button>{' '}
      <button type="submit" class="primary" disabled={props.action.busy}>
        {props.submit}
      </button>
    </div>
  );
}
