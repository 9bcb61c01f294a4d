import type { DataSource } from 'typeorm';
import { resumeCases, type ResumeOutcome, type ResumeResult } from '@khen/temporal';
import { EXIT, type Output, withCases } from './commands';
import { progressBar } from './progress';

const SAID: Record<ResumeOutcome, string> = {
  RESUMED: 'đã khôi phục quy trình từ kho sự kiện',
  IN_STEP: 'quy trình đang chạy khớp với kho sự kiện, không cần khôi phục',
  CLOSED: 'hồ sơ đã kết thúc, không cần quy trình',
  NO_STREAM: 'không có sự kiện nào của hồ sơ này',
  ALREADY_RUNNING: 'quy trình đã được khởi động lại (bởi lần chạy khác)',
  AHEAD: 'QUY TRÌNH ĐI TRƯỚC KHO SỰ KIỆN: cần quản trị viên xem xét',
  NO_RULES_IN_FORCE: 'KHÔNG CÓ BỘ QUY TẮC ĐANG HIỆU LỰC: chưa khôi phục được',
};
const FOUND: Record<string, string> = {
  WORKFLOW_MISSING: 'Temporal không còn quy trình',
  WORKFLOW_CLOSED: 'quy trình đã đóng khi hồ sơ còn mở',
  WORKFLOW_BEHIND: 'quy trình chậm hơn kho sự kiện (đã dừng)',
};
const PROBLEMS = new Set<ResumeOutcome>(['AHEAD', 'NO_RULES_IN_FORCE', 'NO_STREAM']);

/**
 * `resume [id...]`: every open case (or the given ones) whose workflow Temporal lost is started again from
 * its stream (docs/architecture.md, "When Temporal and the event store disagree"). Run it with the workers
 * up. Exit 0 when every case runs in step with its stream, 1 when one could not be resumed.
 */
export async function resume(ds: DataSource, ids: string[], out: Output): Promise<number> {
  return withCases(ids, out, async (client, config) => {
    const results = await resumeCases(client, ds, config, ids.length ? ids : undefined, {
      onProgress: out.json ? undefined : progressBar('resume'),
    });
    const resumed = results.filter((r) => r.outcome === 'RESUMED');
    if (out.json) out.print(JSON.stringify({ checked: results.length, resumed: resumed.length, results }, null, 2));
    else {
      for (const r of results.filter((x) => x.outcome !== 'IN_STEP' && x.outcome !== 'CLOSED')) out.print(line(r));
      out.print(`Khôi phục: ${resumed.length}/${results.length} hồ sơ được khởi động lại từ kho sự kiện.`);
    }
    return results.some((r) => PROBLEMS.has(r.outcome)) ? EXIT.FOUND : EXIT.OK;
  });
}

function line(r: ResumeResult): string {
  const found = r.found ? ` (${FOUND[r.found]})` : '';
  const revote = r.ballotRevoted ? '; phiếu kín của phiên đang mở không còn: Hội đồng bỏ phiếu lại' : '';
  return `${r.outcome}: ${r.nominationId} phiên bản ${r.version} ${r.status ?? ''}${found}: ${SAID[r.outcome]}${revote}`;
}
