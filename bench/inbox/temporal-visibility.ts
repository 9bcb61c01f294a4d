import { execFileSync } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { percentiles, type Percentiles } from '../lib/stats';

export interface VisibilityResult {
  query: string;
  orderBySupported: boolean;
  matching: number;
  pageSize: number;
  latencyMs: Percentiles;
  cliMs?: Percentiles;
  error?: string;
}

/**
 * The same question asked of Temporal visibility (docs/architecture.md: operators' tool, not the inbox's):
 * ListWorkflowExecutions by search attributes, one page of `pageSize`, `times` times; and a few
 * times through the CLI, as an operator would (`temporal workflow list --query`).
 */
export async function askVisibility(
  address: string,
  where: string,
  o: { times: number; pageSize: number; cli?: string; cliTimes?: number },
): Promise<VisibilityResult> {
  const connection = await Connection.connect({ address });
  const svc = connection.workflowService;
  try {
    let query = `${where} ORDER BY SlaDeadline`;
    let orderBySupported = true;
    try {
      await svc.listWorkflowExecutions({ namespace: 'default', pageSize: o.pageSize, query });
    } catch {
      orderBySupported = false;
      query = where;
    }
    const matching = Number((await svc.countWorkflowExecutions({ namespace: 'default', query: where })).count ?? 0);
    const times: number[] = [];
    for (let i = 0; i < o.times; i++) {
      const t0 = performance.now();
      await svc.listWorkflowExecutions({ namespace: 'default', pageSize: o.pageSize, query });
      times.push(performance.now() - t0);
    }
    let cliMs: Percentiles | undefined;
    if (o.cli) {
      const cli: number[] = [];
      for (let i = 0; i < (o.cliTimes ?? 5); i++) {
        const t0 = performance.now();
        execFileSync(
          o.cli,
          [
            'workflow',
            'list',
            '--address',
            address,
            '--query',
            query,
            '--limit',
            String(o.pageSize),
            '--output',
            'json',
          ],
          { stdio: ['ignore', 'ignore', 'ignore'] },
        );
        cli.push(performance.now() - t0);
      }
      cliMs = percentiles(cli);
    }
    return { query, orderBySupported, matching, pageSize: o.pageSize, latencyMs: percentiles(times), cliMs };
  } catch (err) {
    return {
      query: where,
      orderBySupported: false,
      matching: 0,
      pageSize: o.pageSize,
      latencyMs: percentiles([]),
      error: err instanceof Error ? err.message : String(err),
    };
  } finally {
    await connection.close();
  }
}
