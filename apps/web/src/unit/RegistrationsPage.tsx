import { useState } from 'preact/hooks';
import { Api, type Registration } from '../api/endpoints';
import type { Campaign } from '../api/types';
import { useDirectory } from '../app/directory';
import { useSession } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Form } from '../ui/Form';
import { ErrorBox, Field, PageTitle, problemFields, useAction, useAsync } from '../ui/ui';

/** Today in Việt Nam (yyyy-MM-dd): the registration deadline is a Việt Nam date. */
const todayVn = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * Registration (đăng ký thi đua, docs/campaigns.md): a unit officer registers their unit and its people for the
 * titles of a campaign before its registration deadline, sees and withdraws their registrations; the TĐKT office
 * sees every unit's.
 */
export function RegistrationsPage() {
  const { pick } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  const open = dir.campaigns.filter((c) => c.registrationClosesOn && c.status !== 'CLOSED');
  const [campaignId, setCampaignId] = useState('');
  const chosen = open.find((c) => c.campaignId === campaignId) ?? open[0];
  const officer = me?.role === 'UNIT_OFFICER';
  const list = useAsync(
    () =>
      chosen
        ? Api.registrations(chosen.campaignId)
        : Promise.resolve<{ items: Registration[]; version?: number }>({ items: [] }),
    [chosen?.campaignId],
  );
  const [withdrawing, setWithdrawing] = useState<Registration | null>(null);
  return (
    <section>
      <PageTitle>{pick('Đăng ký thi đua', 'Campaign registration')}</PageTitle>
      <p>
        {pick(
          'Đơn vị đăng ký danh hiệu thi đua cho đơn vị và cá nhân của đơn vị trước hạn chót đăng ký của đợt thi đua. Với danh hiệu mà quy định yêu cầu, hồ sơ đề nghị chỉ được nhận khi đã đăng ký.',
          'A unit registers the titles its people and itself aim for before the campaign’s registration deadline. Where the rules require it, a nomination is accepted only once registered.',
        )}
      </p>
      {open.length === 0 ? (
        <p class="muted" data-testid="no-registration-campaign">
          {pick('Chưa có đợt thi đua nào tổ chức đăng ký.', 'No campaign takes registrations.')}
        </p>
      ) : (
        <>
          <div class="card form-grid" role="search">
            <Field id="dk-campaign" label={pick('Đợt thi đua', 'Campaign')}>
              <select
                id="dk-campaign"
                value={chosen?.campaignId}
                onChange={(e) => setCampaignId(e.currentTarget.value)}
              >
                {open.map((c) => (
                  <option key={c.campaignId} value={c.campaignId}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            {chosen && <Windows campaign={chosen} />}
          </div>
          {chosen && (
            <RegisterForm
              campaign={chosen}
              version={officer ? list.data?.version : undefined}
              onDone={() => list.reload()}
            />
          )}
          {withdrawing && chosen && (
            <WithdrawForm
              campaignId={chosen.campaignId}
              registration={withdrawing}
              version={officer ? list.data?.version : undefined}
              onDone={() => {
                setWithdrawing(null);
                list.reload();
              }}
              onCancel={() => setWithdrawing(null)}
            />
          )}
          <ErrorBox error={list.error} />
          <table class="table" data-testid="registrations">
            <thead>
              <tr>
                {!officer && <th>{pick('Đơn vị', 'Unit')}</th>}
                <th>{pick('Cá nhân, tập thể', 'Nominee')}</th>
                <th>{pick('Danh hiệu đăng ký', 'Title')}</th>
                <th>{pick('Ngày đăng ký', 'Registered on')}</th>
                <th>{pick('Trạng thái', 'Status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {(list.data?.items ?? []).map((r) => (
                <tr key={r.registrationId}>
                  {!officer && <td>{dir.unitName(r.unitId)}</td>}
                  <td>
                    {r.nominee.name}
                    <div class="small muted">
                      {r.nominee.subject === 'INDIVIDUAL' ? pick('Cá nhân', 'Person') : pick('Tập thể', 'Collective')}
                    </div>
                  </td>
                  <td>{dir.awardName(r.awardCode)}</td>
                  <td>{formatDate(r.registeredOn)}</td>
                  <td>
                    <span class="badge">
                      {r.status === 'REGISTERED'
                        ? pick('Đã đăng ký', 'Registered')
                        : pick(
                            `Đã rút ngày ${formatDate(r.withdrawnOn ?? '')}`,
                            `Withdrawn on ${formatDate(r.withdrawnOn ?? '')}`,
                          )}
                    </span>
                    {r.withdrawalReason && <div class="small muted">{r.withdrawalReason}</div>}
                  </td>
                  <td>
                    {r.status === 'REGISTERED' && (
                      <button type="button" class="secondary" onClick={() => setWithdrawing(r)}>
                        {pick('Rút đăng ký', 'Withdraw')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Windows({ campaign: c }: { campaign: Campaign }) {
  const { pick } = useI18n();
  const closed = !!c.registrationClosesOn && todayVn() > c.registrationClosesOn;
  return (
    <div class="span2" data-testid="registration-window">
      <p>
        {pick(
          `Nhận đăng ký từ ${formatDate(c.registrationOpensOn ?? '')} đến hết ngày ${formatDate(c.registrationClosesOn ?? '')}.`,
          `Registration from ${formatDate(c.registrationOpensOn ?? '')} to the end of ${formatDate(c.registrationClosesOn ?? '')}.`,
        )}
        {c.evaluationClosesOn &&
          pick(
            ` Đánh giá, chấm điểm từ ${formatDate(c.evaluationOpensOn ?? '')} đến hết ngày ${formatDate(c.evaluationClosesOn)}.`,
            ` Evaluation from ${formatDate(c.evaluationOpensOn ?? '')} to the end of ${formatDate(c.evaluationClosesOn)}.`,
          )}
      </p>
      {closed && <p class="warning">{pick('Đã quá hạn đăng ký thi đua.', 'The registration deadline has passed.')}</p>}
    </div>
  );
}

function RegisterForm({
  campaign,
  version,
  onDone,
}: {
  campaign: Campaign;
  version: number | undefined;
  onDone: () => void;
}) {
  const { pick } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  const ownUnit = me?.role === 'UNIT_OFFICER' ? me.unitId : undefined;
  const [unitId, setUnitId] = useState(ownUnit ?? '');
  const [subject, setSubject] = useState<'INDIVIDUAL' | 'COLLECTIVE'>('INDIVIDUAL');
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [awardCode, setAwardCode] = useState(campaign.awards?.[0] ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = useAction(() =>
    Api.register(
      campaign.campaignId,
      {
        ...(unitId ? { unitId } : {}),
        awardCode,
        nominee: { subject, name: name.trim(), ...(key.trim() ? { key: key.trim() } : {}) },
      },
      version,
    ),
  );
  const api = problemFields(send.error);
  const err = (field: string) =>
    errors[field] ?? (api.get(field) ? pick(api.get(field)!.vi, api.get(field)!.en) : null);
  const validate = () => {
    const e: Record<string, string> = {};
    if (!name.trim()) e['nominee.name'] = pick('Vui lòng nhập họ tên hoặc tên tập thể.', 'Enter the name.');
    if (!awardCode) e.awardCode = pick('Vui lòng chọn danh hiệu.', 'Choose the title.');
    if (!ownUnit && !unitId) e.unitId = pick('Vui lòng chọn đơn vị.', 'Choose the unit.');
    setErrors(e);
    return Object.keys(e).length === 0;
  };
  const atFields = ['unitId', 'awardCode', 'nominee', 'nominee.name', 'nominee.subject', 'nominee.key', 'campaignId'];
  return (
    <Form
      class="card form-grid"
      aria-label={pick('Đăng ký danh hiệu', 'Register for a title')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (validate() && (await send.run())) {
          setName('');
          setKey('');
          onDone();
        }
      }}
    >
      {!ownUnit && (
        <Field id="dk-unit" label={pick('Đơn vị', 'Unit')} required error={err('unitId')}>
          <select id="dk-unit" value={unitId} onChange={(e) => setUnitId(e.currentTarget.value)}>
            <option value="">{pick('— Chọn đơn vị —', '— Choose —')}</option>
            {dir.units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="dk-subject" label={pick('Đối tượng', 'Subject')} required error={err('nominee.subject')}>
        <select
          id="dk-subject"
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value as 'INDIVIDUAL' | 'COLLECTIVE')}
        >
          <option value="INDIVIDUAL">{pick('Cá nhân', 'Person')}</option>
          <option value="COLLECTIVE">{pick('Tập thể', 'Collective')}</option>
        </select>
      </Field>
      <Field
        id="dk-name"
        label={pick('Họ tên cá nhân hoặc tên tập thể', 'Name')}
        required
        error={err('nominee.name') ?? err('nominee')}
      >
        <input
          id="dk-name"
          value={name}
          maxLength={200}
          aria-invalid={(err('nominee.name') ?? err('nominee')) ? 'true' : 'false'}
          aria-describedby={(err('nominee.name') ?? err('nominee')) ? 'dk-name-error' : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </Field>
      <Field
        id="dk-key"
        label={pick('Mã định danh (không bắt buộc)', 'Identifier (optional)')}
        hint={pick(
          'Như trên hồ sơ đề nghị; mặc định: đơn vị và họ tên.',
          'As on the nomination; by default unit and name.',
        )}
        error={err('nominee.key')}
      >
        <input id="dk-key" value={key} maxLength={64} onInput={(e) => setKey(e.currentTarget.value)} />
      </Field>
      <Field
        id="dk-award"
        label={pick('Danh hiệu đăng ký', 'Title')}
        required
        error={err('awardCode') ?? err('campaignId')}
      >
        <select id="dk-award" value={awardCode} onChange={(e) => setAwardCode(e.currentTarget.value)}>
          {(campaign.awards ?? []).map((code) => (
            <option key={code} value={code}>
              {dir.awardName(code)}
            </option>
          ))}
        </select>
      </Field>
      <ErrorBox error={send.error} atFields={atFields} />
      <div class="span2">
        <button type="submit" class="primary" disabled={send.busy}>
          {pick('Đăng ký', 'Register')}
        </button>
      </div>
    </Form>
  );
}

function WithdrawForm({
  campaignId,
  registration,
  version,
  onDone,
  onCancel,
}: {
  campaignId: string;
  registration: Registration;
  version: number | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { pick } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = useAction(() =>
    Api.withdrawRegistration(campaignId, registration.registrationId, reason.trim(), version),
  );
  const api = problemFields(send.error);
  const err = error ?? (api.get('reason') ? pick(api.get('reason')!.vi, api.get('reason')!.en) : null);
  return (
    <Form
      class="card form-grid"
      aria-label={pick('Rút đăng ký', 'Withdraw the registration')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!reason.trim()) return setError(pick('Vui lòng nhập lý do rút đăng ký.', 'Enter the reason.'));
        setError(null);
        if (await send.run()) onDone();
      }}
    >
      <p class="span2">
        {pick(
          `Rút đăng ký «${registration.nominee.name}»`,
          `Withdraw the registration of "${registration.nominee.name}"`,
        )}
      </p>
      <Field id="dk-reason" label={pick('Lý do', 'Reason')} required error={err}>
        <input id="dk-reason" value={reason} maxLength={2000} onInput={(e) => setReason(e.currentTarget.value)} />
      </Field>
      <ErrorBox error={send.error} atFields={['reason']} />
      <div class="span2">
        <button type="submit" class="primary" disabled={send.busy}>
          {pick('Rút đăng ký', 'Withdraw')}
        </button>{' '}
        <button type="button" class="secondary" onClick={onCancel}>
          {pick('Huỷ', 'Cancel')}
        </button>
      </div>
    </Form>
  );
}
