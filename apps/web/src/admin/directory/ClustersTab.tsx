import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { ErrorBox, useAction, useAsync } from '../../ui/ui';
import { RecordAudit } from './AuditTab';
import { type ClusterItem, DirectoryApi, fieldError } from './directory-api';
import { F, FormError, Reason, Select, useTx } from './directory-ui';

const KINDS: [string, string, string][] = [
  ['CLUSTER', 'Cụm thi đua (theo địa bàn)', 'Cluster (by area)'],
  ['BLOC', 'Khối thi đua (theo ngành, lĩnh vực)', 'Bloc (by sector)'],
];
const codes = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((a) => a.trim())
    .filter(Boolean);

/**
 * Clusters and blocs (cụm, khối thi đua): each organised by a council, with its member units and the
 * leading unit per year. A unit belongs to one cluster or bloc a year; the API says which one when not.
 */
export function ClustersTab() {
  const { tx, name } = useTx();
  const list = useAsync(() => DirectoryApi.clusters(), []);
  const [selected, setSelected] = useState<string | null>(null);
  const chosen = (list.data ?? []).find((c) => c.clusterId === selected);
  return (
    <div class="columns">
      <section class="card">
        <h2>{tx('Cụm, khối thi đua', 'Clusters and blocs')}</h2>
        <ErrorBox error={list.error} />
        {list.data?.length === 0 && <p class="muted">{tx('Chưa có cụm, khối nào', 'None yet')}</p>}
        <ul>
          {(list.data ?? []).map((c) => (
            <li key={c.clusterId} data-cluster={c.clusterId}>
              <button type="button" class="link" onClick={() => setSelected(c.clusterId)}>
                {c.name}
              </button>{' '}
              <span class="small muted">
                {c.clusterId} · {name(KINDS, c.kind)} · {c.councilId}
              </span>
              {(c.years ?? []).map((y) => (
                <div key={y.year} class="small" data-cluster-year={`${c.clusterId}-${y.year}`}>
                  {tx(`Năm ${y.year}`, `${y.year}`)}: {y.members.join(', ')} ·{' '}
                  {tx(`trưởng: ${y.leaderId}`, `leader: ${y.leaderId}`)}
                </div>
              ))}
            </li>
          ))}
        </ul>
        <NewClusterForm
          onDone={(id) => {
            list.reload();
            setSelected(id);
          }}
        />
      </section>
      {chosen && (
        <ClusterYearForm key={`${chosen.clusterId}-${chosen.version}`} cluster={chosen} onDone={list.reload} />
      )}
    </div>
  );
}

function NewClusterForm({ onDone }: { onDone: (id: string) => void }) {
  const { tx, pick } = useTx();
  const [f, setF] = useState({ clusterId: '', name: '', kind: 'CLUSTER', councilId: '', reason: '' });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const act = useAction(() => DirectoryApi.registerCluster(f));
  const err = (field: string) => fieldError(act.error, field, pick);
  return (
    <Form
      class="card"
      aria-label={tx('Thêm cụm, khối thi đua', 'Add a cluster or bloc')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await act.run()) {
          onDone(f.clusterId);
          setF({ ...f, clusterId: '', name: '' });
        }
      }}
    >
      <h3>{tx('Thêm cụm, khối thi đua', 'Add a cluster or bloc')}</h3>
      <F id="cl-code" label={tx('Mã cụm, khối', 'Code')} error={err('clusterId')}>
        <input id="cl-code" value={f.clusterId} onInput={(e) => set('clusterId')(e.currentTarget.value)} />
      </F>
      <F id="cl-name" label={tx('Tên cụm, khối', 'Name')} error={err('name')}>
        <input id="cl-name" value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
      </F>
      <F id="cl-kind" label={tx('Loại', 'Kind')} error={err('kind')}>
        <Select id="cl-kind" value={f.kind} onChange={set('kind')} options={KINDS} />
      </F>
      <F id="cl-council" label={tx('Mã Hội đồng tổ chức', 'Organising council code')} error={err('councilId')}>
        <input id="cl-council" value={f.councilId} onInput={(e) => set('councilId')(e.currentTarget.value)} />
      </F>
      <Reason id="cl-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
      <FormError error={act.error} fields={['clusterId', 'name', 'kind', 'councilId', 'reason']} />
      <button class="primary" disabled={act.busy}>
        {tx('Tạo cụm, khối', 'Create')}
      </button>
    </Form>
  );
}

/** A year of a cluster: its member units and leading unit, written whole (PUT) with the version read. */
function ClusterYearForm({ cluster, onDone }: { cluster: ClusterItem; onDone: () => void }) {
  const { tx, pick } = useTx();
  const thisYear = new Date().getFullYear();
  const known = (y: number) => (cluster.years ?? []).find((x) => x.year === y);
  const [year, setYear] = useState(String(thisYear));
  const [f, setF] = useState({
    members: known(thisYear)?.members.join(', ') ?? '',
    leaderId: known(thisYear)?.leaderId ?? '',
    reason: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const act = useAction(() =>
    DirectoryApi.clusterYear(cluster.clusterId, Number(year), cluster.version, {
      members: codes(f.members),
      leaderId: f.leaderId.trim(),
      reason: f.reason,
    }),
  );
  const err = (field: string) => fieldError(act.error, field, pick);
  const yearError =
    year && !/^\d{4}$/.test(year) ? tx('Năm gồm 4 chữ số, ví dụ 2026.', 'A year has 4 digits, e.g. 2026.') : undefined;
  return (
    <section class="card" aria-labelledby="cluster-title">
      <h2 id="cluster-title">{cluster.name}</h2>
      <Form
        aria-label={tx('Thành viên trong năm', 'Members for a year')}
        onSubmit={async (e) => {
          e.preventDefault();
          if (!yearError && (await act.run())) onDone();
        }}
      >
        <F id="cy-year" label={tx('Năm', 'Year')} error={yearError ?? err('year')}>
          <input
            id="cy-year"
            inputMode="numeric"
            value={year}
            onInput={(e) => {
              const y = e.currentTarget.value;
              setYear(y);
              const k = known(Number(y));
              setF({ ...f, members: k?.members.join(', ') ?? '', leaderId: k?.leaderId ?? '' });
            }}
          />
        </F>
        <F
          id="cy-members"
          label={tx('Mã các đơn vị thành viên', 'Member unit codes')}
          error={err('members')}
          hint={tx('Cách nhau bởi dấu phẩy hoặc xuống dòng', 'Separated by commas or new lines')}
        >
          <textarea id="cy-members" rows={4} value={f.members} onInput={(e) => set('members')(e.currentTarget.value)} />
        </F>
        <F id="cy-leader" label={tx('Mã đơn vị trưởng cụm, khối', 'Leading unit code')} error={err('leaderId')}>
          <input id="cy-leader" value={f.leaderId} onInput={(e) => set('leaderId')(e.currentTarget.value)} />
        </F>
        <Reason id="cy-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
        <FormError error={act.error} fields={['year', 'members', 'leaderId', 'reason']} />
        <button class="primary" disabled={act.busy}>
          {tx('Ghi thành viên năm', 'Record the year')}
        </button>
      </Form>
      <ClusterEditForm cluster={cluster} onDone={onDone} />
      <RecordAudit kind="cluster" recordId={cluster.clusterId} stamp={cluster.version} />
    </section>
  );
}

/** The cluster's name or organising council; only what changed is sent. */
function ClusterEditForm({ cluster, onDone }: { cluster: ClusterItem; onDone: () => void }) {
  const { tx, pick } = useTx();
  const [f, setF] = useState({ name: cluster.name, councilId: cluster.councilId, reason: '' });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const act = useAction(() =>
    DirectoryApi.changeCluster(cluster.clusterId, cluster.version, {
      ...(f.name !== cluster.name ? { name: f.name } : {}),
      ...(f.councilId !== cluster.councilId ? { councilId: f.councilId } : {}),
      reason: f.reason,
    }),
  );
  const err = (field: string) => fieldError(act.error, field, pick);
  return (
    <details>
      <summary>{tx('Đổi tên, Hội đồng tổ chức', 'Rename, organising council')}</summary>
      <Form
        aria-label={tx('Sửa cụm, khối', 'Edit the cluster')}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await act.run()) onDone();
        }}
      >
        <F id="ce-name" label={tx('Tên cụm, khối', 'Name')} error={err('name')}>
          <input id="ce-name" value={f.name} onInput={(e) => set('name')(e.currentTarget.value)} />
        </F>
        <F id="ce-council" label={tx('Mã Hội đồng tổ chức', 'Organising council code')} error={err('councilId')}>
          <input id="ce-council" value={f.councilId} onInput={(e) => set('councilId')(e.currentTarget.value)} />
        </F>
        <Reason id="ce-reason" value={f.reason} onChange={set('reason')} error={err('reason')} />
        <FormError error={act.error} fields={['name', 'councilId', 'reason']} />
        <button disabled={act.busy}>{tx('Ghi thay đổi', 'Record the change')}</button>
      </Form>
    </details>
  );
}
