import { readFileSync, writeFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { formatInstantVi, vietnamCalendar } from '@khen/domain';
import {
  checkCaseExport,
  EventStore,
  exportCase,
  exportSigningKey,
  verifyStore,
  type CaseExport,
} from '@khen/eventstore';
import {
  buildTimeline,
  CalendarStore,
  checkConsistency,
  nominationStreamId,
  rebuildProjection,
  REBUILDABLE,
} from '@khen/projections';
import { loadTemporalConfig, reconcileCases, RESUMABLE, type ProjectedCase } from '@khen/temporal';
import { progressBar } from './progress';

export interface Output {
  json: boolean;
  print: (text: string) => void;
}

/** Exit codes: 0 all good, 1 a problem was found (broken chain, mismatch), 2 usage, 3 failure. */
export const EXIT = { OK: 0, FOUND: 1, USAGE: 2, FAILED: 3 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The commands that ask Temporal about cases (reconcile, resume): the ids checked, a client, the connection closed. */
export async function withCases(
  ids: string[],
  out: Output,
  run: (client: Client, config: ReturnType<typeof loadTemporalConfig>) => Promise<number>,
): Promise<number> {
  if (ids.some((id) => !UUID.test(id))) {
    out.print('Mã hồ sơ không hợp lệ.');
    return EXIT.USAGE;
  }
  const config = loadTemporalConfig();
  const connection = await Connection.connect({ address: config.address });
  try {
    return await run(new Client({ connection, namespace: config.namespace }), config);
  } finally {
    await connection.close();
  }
}

export async function history(ds: DataSource, id: string, out: Output): Promise<number> {
  if (!UUID.test(id)) {
    out.print(`Mã hồ sơ không hợp lệ: ${id}`);
    return EXIT.USAGE;
  }
  const events = await new EventStore(ds).readStream(nominationStreamId(id));
  if (events.length === 0) {
    out.print(`Không tìm thấy hồ sơ ${id}.`);
    return EXIT.FOUND;
  }
  const timeline = buildTimeline(
    nominationStreamId(id),
    events,
    vietnamCalendar(await new CalendarStore(ds.manager).latest()),
    new Date(),
  );
  if (out.json) {
    out.print(JSON.stringify(timeline, null, 2));
    return EXIT.OK;
  }
  out.print(`Hồ sơ ${id} — workflow ${timeline.workflowId}, runs: ${timeline.runIds.join(', ')}`);
  for (const e of timeline.entries.filter((x) => x.domain)) {
    const who = [e.actor.name ?? e.actor.id, e.actor.role].filter(Boolean).join(', ');
    const changes = e.changes.map((c) => `${c.field}: ${String(c.from)} → ${String(c.to)}`).join('; ');
    out.print(
      `${String(e.version).padStart(3)}  ${formatInstantVi(e.at)}  ${e.labelVi} — ${who}${e.summaryVi ? `\n       ${e.summaryVi}` : ''}${changes ? `\n       ${changes}` : ''}`,
    );
  }
  out.print('Thời gian các giai đoạn:');
  for (const v of timeline.stageDurations)
    out.print(
      `  ${v.nameVi}: ${v.workingDays} ngày làm việc (${v.calendarDays} ngày lịch)${v.to ? '' : ' — đang diễn ra'}`,
    );
  return EXIT.OK;
}

export async function verify(ds: DataSource, id: string | undefined, out: Output): Promise<number> {
  const report = await verifyStore(ds, {
    streamId: id ? nominationStreamId(id) : undefined,
    onProgress: out.json ? undefined : progressBar('verify'),
  });
  if (out.json) out.print(JSON.stringify(report, null, 2));
  else if (report.ok) out.print(`Toàn vẹn: ${report.events} sự kiện trong ${report.streams} luồng, chuỗi băm đúng.`);
  else
    for (const b of report.broken) out.print(`HỎNG: luồng ${b.streamId}, phiên bản ${b.streamVersion} (${b.reason})`);
  return report.ok ? EXIT.OK : EXIT.FOUND;
}

export async function rebuild(ds: DataSource, name: string | undefined, out: Output): Promise<number> {
  if (!name || !REBUILDABLE[name]) {
    out.print(`Cần tên projection: ${Object.keys(REBUILDABLE).join(', ')}`);
    return EXIT.USAGE;
  }
  const started = Date.now();
  const bar = progressBar(`rebuild ${name}`);
  const { events } = await rebuildProjection(ds, name, out.json ? undefined : (p) => bar(p.done, p.total));
  const seconds = (Date.now() - started) / 1000;
  const result = { projection: name, events, seconds, eventsPerSecond: Math.round(events / Math.max(seconds, 0.001)) };
  out.print(
    out.json
      ? JSON.stringify(result)
      : `Đã dựng lại ${name} từ ${events} sự kiện trong ${seconds.toFixed(1)} s (${result.eventsPerSecond} sự kiện/s) và chuyển sang bảng mới.`,
  );
  return EXIT.OK;
}

export async function check(ds: DataSource, out: Output): Promise<number> {
  const report = await checkConsistency(ds, { onProgress: out.json ? undefined : progressBar('check') });
  if (out.json) out.print(JSON.stringify(report, null, 2));
  else if (report.ok) out.print(`Nhất quán: ${report.cases} hồ sơ khớp với kết quả gấp lại từ sự kiện.`);
  else
    for (const m of report.mismatches.slice(0, 200))
      out.print(
        `KHÁC: ${m.table} ${m.key} ${m.field}: mong đợi ${JSON.stringify(m.expected)}, thực tế ${JSON.stringify(m.actual)}`,
      );
  return report.ok ? EXIT.OK : EXIT.FOUND;
}

const PROJECTED = `SELECT nomination_id AS "nominationId", version, stage, status, outcome FROM nominations`;

/** Open cases (and cases closed in the last day, whose workflows must have finished), or the given ones. */
export async function reconcile(ds: DataSource, ids: string[], out: Output): Promise<number> {
  return withCases(ids, out, async (client) => {
    const load = (only?: string[]) =>
      ds.query(
        only
          ? `${PROJECTED} WHERE nomination_id = ANY($1) ORDER BY nomination_id`
          : `${PROJECTED} WHERE outcome IS NULL OR updated_at > now() - interval '1 day' ORDER BY nomination_id`,
        only ? [only] : [],
      ) as Promise<ProjectedCase[]>;
    const cases = await load(ids.length ? ids : undefined);
    const mismatches = await reconcileCases(client, cases, {
      onProgress: out.json ? undefined : progressBar('reconcile'),
      reload: load,
    });
    if (out.json) out.print(JSON.stringify({ checked: cases.length, mismatches }, null, 2));
    else if (mismatches.length === 0) out.print(`Khớp: ${cases.length} hồ sơ khớp với workflow của chúng.`);
    else {
      for (const m of mismatches)
        out.print(
          `KHÁC: ${m.nominationId} ${m.kind}: projection ${JSON.stringify(m.projection)}, Temporal ${JSON.stringify(m.temporal)}`,
        );
      const lost = mismatches.filter((m) => RESUMABLE.has(m.kind)).length;
      if (lost) out.print(`${lost} hồ sơ mất quy trình Temporal: khôi phục bằng \`npm run khen -- resume\`.`);
    }
    return mismatches.length ? EXIT.FOUND : EXIT.OK;
  });
}

export async function exportOne(ds: DataSource, id: string, file: string | undefined, out: Output): Promise<number> {
  if (!UUID.test(id)) {
    out.print(`Mã hồ sơ không hợp lệ: ${id}`);
    return EXIT.USAGE;
  }
  const events = await new EventStore(ds).readStream(nominationStreamId(id));
  if (events.length === 0) {
    out.print(`Không tìm thấy hồ sơ ${id}.`);
    return EXIT.FOUND;
  }
  const text = JSON.stringify(exportCase(nominationStreamId(id), events, exportSigningKey()), null, 2);
  if (file) {
    writeFileSync(file, text);
    out.print(`Đã xuất ${events.length} sự kiện có chữ ký vào ${file}.`);
  } else out.print(text);
  return EXIT.OK;
}

/** Needs no database: anyone holding the file (and, ideally, the published public key) can check it. */
export function verifyExport(file: string, publicKeyFile: string | undefined, out: Output): number {
  const x = JSON.parse(readFileSync(file, 'utf8')) as CaseExport;
  const result = checkCaseExport(x, publicKeyFile ? readFileSync(publicKeyFile, 'utf8') : undefined);
  if (out.json) out.print(JSON.stringify(result, null, 2));
  else {
    out.print(
      `Chữ ký: ${result.signatureValid ? 'hợp lệ' : 'KHÔNG hợp lệ'}; chuỗi băm: ${result.chainValid ? 'đúng' : `HỎNG tại phiên bản ${result.broken?.streamVersion} (${result.broken?.reason})`}` +
        (result.trustedKey === undefined
          ? ' (khóa công khai chưa được đối chiếu: dùng --public-key)'
          : `; khóa: ${result.trustedKey ? 'đúng khóa tin cậy' : 'KHÔNG phải khóa tin cậy'}`),
    );
  }
  return result.ok ? EXIT.OK : EXIT.FOUND;
}
