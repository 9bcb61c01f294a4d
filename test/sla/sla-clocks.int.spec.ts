import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { nominationWorkflowId } from '@khen/workflows/nomination.contract';
import { LogChannel } from '../../apps/worker/src/notify/log.channel';
import { WebhookChannel } from '../../apps/worker/src/notify/webhook.channel';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DEMO_DOCUMENTS, DEMO_USERS } from '../../scripts/demo/demo-directory';
import { startTimeSkippingWorker, type TimeSkippingWorker } from '../support/time-skipping-worker';
import { startReceiver } from '../support/webhook-receiver';

const SECRET = 'test-webhook-secret-0123456789';

/**
 * Working-day SLA clocks on durable timers, on a time-skipping server whose clock starts
 * on Tuesday 10/02/2026, just before Tết Bính Ngọ (14–22/02/2026), with the real worker and database.
 */
describe('SLA clocks around Tết 2026 (time-skipping server)', () => {
  let env: TestWorkflowEnvironment;
  let stack: TimeSkippingWorker;
  let api: INestApplication;
  let db: DataSource;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const taskQueue = `sla-${randomUUID()}`;

  beforeAll(async () => {
    receiver = await startReceiver(SECRET, 1);
    stack = await startTimeSkippingWorker('2026-02-10T03:00:00Z', {
      taskQueue,
      alertChannels: [new LogChannel(), new WebhookChannel(receiver.url, SECRET)],
    });
    ({ env, db } = stack);
    api = await NestFactory.create(AppModule, { logger: ['error'], bodyParser: false });
    configureApp(api);
    await api.init();
  });
  afterAll(async () => {
    await api?.close();
    await stack?.close();
    await receiver?.close();
  });

  const now = async () => new Date(await env.currentTimeMs());
  const sleepUntil = async (iso: string) => env.sleep(Math.max(1, Date.parse(iso) - (await now()).getTime()));
  const events = async (id: string) =>
    db.query(
      `SELECT type, data, metadata->>'occurredAt' AS at FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [nominationWorkflowId(id)],
    ) as Promise<{ type: string; data: Record<string, unknown>; at: string }[]>;

  const file = (name: string) => stack.fileAndSubmit(name, 2025);
  const send: TimeSkippingWorker['send'] = (...args) => stack.send(...args);

  it('warns after the 8th and breaches after the 10th working day, skipping Tết; a supplement pause moves the deadline by the paused working days; one breach, one delivery, one escalation', async () => {
    expect((await now()).toISOString().slice(0, 10)).toBe('2026-02-10');
    const a = await file('Nguyễn Văn Đúng Hạn');
    const b = await file('Trần Thị Bổ Sung');
    await send(
      b,
      'RequestSupplement',
      { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung biên bản họp có chữ ký' },
      DEMO_USERS.office,
    );
    const started = (await events(a)).find((e) => e.type === 'SlaClockStarted')!;
    expect(started.data).toMatchObject({
      stage: 'COUNCIL_REVIEW',
      startedOn: '2026-02-10',
      budgetWorkingDays: 10,
      warningAt: '2026-02-27T17:00:00.000Z',
      deadline: '2026-03-03T17:00:00.000Z',
    });

    // The unit answers on Friday 13/02: Wed 11, Thu 12 and Fri 13 did not count.
    await sleepUntil('2026-02-13T03:00:00Z');
    await send(
      b,
      'SupplementDossier',
      { type: 'SupplementDossier', documents: DEMO_DOCUMENTS },
      DEMO_USERS.unitOfficer,
    );
    const resumed = (await events(b)).find((e) => e.type === 'SlaClockResumed')!;
    expect(resumed.data).toMatchObject({ on: '2026-02-13', deadline: '2026-03-06T17:00:00.000Z' });
    expect((await events(b)).filter((e) => e.type === 'SlaClockPaused')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ on: '2026-02-10' }) }),
    ]);
    await sleepUntil('2026-03-04T12:00:00Z');
    const stream = await events(a);
    const warning = stream.find((e) => e.type === 'SlaWarning')!;
    const breach = stream.find((e) => e.type === 'SlaBreached')!;
    // Warned at 00:00 ICT on Saturday 28/02, breached at 00:00 ICT on Wednesday 04/03.
    expect(warning.data).toMatchObject({ at: '2026-02-27T17:00:00.000Z' });
    expect(Date.parse(warning.at) - Date.parse('2026-02-27T17:00:00Z')).toBeLessThan(60_000);
    expect(breach.data).toMatchObject({ at: '2026-03-03T17:00:00.000Z', window: 1 });
    expect(stream.find((e) => e.type === 'EscalationRaised')!.data).toMatchObject({ level: 'OFFICE_LEAD', window: 1 });
    const escalations = await db.query(
      `SELECT candidate_group, status FROM tasks WHERE nomination_id = $1 AND task_type = 'ESCALATION'`,
      [a],
    );
    expect(escalations).toEqual([{ candidate_group: 'office-lead:HD-TP', status: 'OPEN' }]);
    // An escalation closes by itself when the case moves on: completing it is refused (409), nothing sent.
    const [{ task_id: escalation }] = await db.query(
      `SELECT task_id FROM tasks WHERE nomination_id = $1 AND task_type = 'ESCALATION'`,
      [a],
    );
    const lead = await new TokenService(loadApiConfig()).sign(DEMO_USERS.office);
    const completed = await request(api.getHttpServer())
      .post(`/api/tasks/${encodeURIComponent(escalation)}/complete`)
      .set('Authorization', `Bearer ${lead}`)
      .send({});
    expect(completed.body).toMatchObject({ status: 409, code: 'ESCALATION_CLOSES_ITSELF' });
    expect((await events(b)).some((e) => e.type === 'SlaBreached')).toBe(false);

    // Let the alert activity's retry run (the receiver failed the first request).
    await env.sleep(30_000);
    const breachKey = `${a}:${(breach.data as { clockId: string }).clockId}:SLA_BREACHED:1`;
    const tries = receiver.requests.filter((r) => r.key === breachKey);
    expect(tries.every((t) => t.signatureValid)).toBe(true);
    expect(receiver.requests[0].status).toBe(500);
    expect(
      [...receiver.accepted.values()].filter((d) => d.kind === 'SLA_BREACHED' && d.body.alert.nominationId === a),
    ).toHaveLength(1);
    expect(receiver.accepted.has(breachKey)).toBe(true);

    // The board and /metrics read the same breach from the read models.
    const token = await new TokenService(loadApiConfig()).sign(DEMO_USERS.slaMonitor);
    const board = await request(api.getHttpServer())
      .get('/api/sla/board?status=breached&award=BK_TINH')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(board.body.items.find((i: { nominationId: string }) => i.nominationId === a)).toMatchObject({
      stage: 'COUNCIL_REVIEW',
      breached: true,
      escalations: 1,
      deadline: '2026-03-03T17:00:00.000Z',
    });
    expect(board.body.counts.byStage.COUNCIL_REVIEW.breached).toBeGreaterThanOrEqual(1);
    const metrics = (await request(api.getHttpServer()).get('/metrics').expect(200)).text;
    expect(Number(/^khen_sla_breaches_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^khen_sla_warnings_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^khen_open_tasks\{type="ESCALATION"\} (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/^khen_open_cases\{stage="COUNCIL_REVIEW"\} \d+/m);
  });
});
