import type { Role } from '@khen/domain';
import type { Test } from 'supertest';
import { randomUUID } from 'node:crypto';
import { CITY, flows } from '../support/case-flows';
import { snapshot } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-documents';

/**
 * Who may call what (docs/architecture.md §5, docs/api-contracts.md): every endpoint of the OpenAPI document
 * against every demo user and no token at all. A cell is allowed (anything but 401/403, the call
 * may still be refused by the rules: 400/404/409/422) or refused (401 without a token, 403
 * ROLE_NOT_ALLOWED for a wrong role). Bodies are deliberately invalid probes, so that no allowed
 * call changes anything either; a refused call must record nothing at all.
 */
type TokenRole = Exclude<Role, 'PUBLIC' | 'SYSTEM'>;
const ANY: TokenRole[] = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'];
const WORKERS: TokenRole[] = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN'];
const WATCHERS: TokenRole[] = ['SLA_MONITOR', 'ADMIN', 'TDKT_OFFICE', 'AUTHORITY'];
const AUDITORS: TokenRole[] = ['ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR'];
const PUBLIC = 'PUBLIC' as const;

/** One row per endpoint: the roles allowed, or PUBLIC (no token needed). */
const MATRIX: Record<string, TokenRole[] | typeof PUBLIC> = {
  'GET /api/health': PUBLIC,
  // The pages' sign-in settings (OIDC issuer and client).
  'GET /api/auth/config': PUBLIC,
  'GET /api/public/disclosures': PUBLIC,
  'POST /api/public/disclosures/{id}/objections': PUBLIC,
  // A citizen's evidence file for an objection (the filed case is not under disclosure: 409 for everyone).
  'POST /api/public/disclosures/{id}/evidence': PUBLIC,
  // An objection's status by its tracking code.
  'GET /api/public/objections/{code}': PUBLIC,
  // Demo sign-in for the pages: served outside production only (404 there).
  'GET /api/demo/tokens': PUBLIC,
  'GET /api/me': ANY,
  'GET /api/directory/councils': ANY,
  'GET /api/directory/units': ANY,
  'GET /api/directory/campaigns': ANY,
  // The directory administered: reads for everyone signed in, changes and the audit for administrators.
  'GET /api/directory/units/{unitId}': ANY,
  'GET /api/directory/units/{unitId}/children': ANY,
  'POST /api/directory/units': ['ADMIN'],
  'PATCH /api/directory/units/{unitId}': ['ADMIN'],
  'POST /api/directory/units/{unitId}/move': ['ADMIN'],
  'POST /api/directory/units/{unitId}/merge': ['ADMIN'],
  'POST /api/directory/units/{unitId}/close': ['ADMIN'],
  'GET /api/directory/councils/{councilId}': ANY,
  'GET /api/directory/councils/{councilId}/members': ANY,
  'POST /api/directory/councils': ['ADMIN'],
  'PATCH /api/directory/councils/{councilId}': ['ADMIN'],
  'POST /api/directory/councils/{councilId}/terms': ['ADMIN'],
  'POST /api/directory/councils/{councilId}/terms/{termId}/membership': ['ADMIN'],
  'GET /api/directory/campaigns/{campaignId}': ANY,
  'POST /api/directory/campaigns': ['ADMIN'],
  'PATCH /api/directory/campaigns/{campaignId}': ['ADMIN'],
  'POST /api/directory/campaigns/{campaignId}/close': ['ADMIN'],
  'POST /api/directory/campaigns/{campaignId}/reopen': ['ADMIN'],
  'GET /api/directory/clusters': ANY,
  'POST /api/directory/clusters': ['ADMIN'],
  'PATCH /api/directory/clusters/{clusterId}': ['ADMIN'],
  'PUT /api/directory/clusters/{clusterId}/years/{year}': ['ADMIN'],
  'GET /api/directory/people/{subject}': ['ADMIN'],
  'POST /api/directory/people/{subject}/seats': ['ADMIN'],
  'POST /api/directory/people/{subject}/seats/{seatId}/end': ['ADMIN'],
  'POST /api/directory/imports': ['ADMIN'],
  // An org chart from a spreadsheet, and its template.
  'POST /api/directory/imports/file': ['ADMIN'],
  'GET /api/directory/imports/template': ['ADMIN'],
  'GET /api/directory/audit': ['ADMIN'],
  'GET /api/directory/audit/export': ['ADMIN'],
  'POST /api/nominations': ['UNIT_OFFICER'],
  'GET /api/nominations': ANY,
  'GET /api/nominations/{id}': ANY,
  'GET /api/nominations/{id}/events': ['ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR'],
  // What became of a command that no worker answered in time (503 COMMAND_NOT_ANSWERED).
  'GET /api/nominations/{id}/commands/{commandId}': ANY,
  'POST /api/nominations/{id}/draft': ['UNIT_OFFICER'],
  'POST /api/nominations/{id}/submit': ['UNIT_OFFICER'],
  'POST /api/nominations/{id}/supplement-requests': ['TDKT_OFFICE'],
  'POST /api/nominations/{id}/supplements': ['UNIT_OFFICER'],
  'POST /api/nominations/{id}/withdrawal': ['UNIT_OFFICER'],
  'POST /api/nominations/{id}/appraisal': ['TDKT_OFFICE'],
  'POST /api/nominations/{id}/votes': ['COUNCIL_MEMBER'],
  'POST /api/nominations/{id}/written-opinions': ['TDKT_OFFICE'],
  'POST /api/nominations/{id}/ballot/close': ['TDKT_OFFICE'],
  'GET /api/nominations/{id}/ballot': ['COUNCIL_MEMBER', 'TDKT_OFFICE', 'ADMIN', 'SLA_MONITOR', 'AUTHORITY'],
  'POST /api/nominations/{id}/decision': ['AUTHORITY'],
  'POST /api/nominations/{id}/higher-decision': ['TDKT_OFFICE'],
  'POST /api/nominations/{id}/objections/{objectionId}/resolution': ['TDKT_OFFICE'],
  'POST /api/nominations/{id}/sla-extensions': ['TDKT_OFFICE', 'ADMIN'],
  'GET /api/ballot-sessions/{sessionId}': ['COUNCIL_MEMBER', 'TDKT_OFFICE', 'ADMIN'],
  'POST /api/ballot-sessions/{sessionId}/votes': ['COUNCIL_MEMBER'],
  'POST /api/ballot-sessions/{sessionId}/close': ['TDKT_OFFICE'],
  'GET /api/tasks': ANY,
  'GET /api/tasks/views': ANY,
  'PUT /api/tasks/views/{name}': ANY,
  'DELETE /api/tasks/views/{name}': ANY,
  // Who may hold a task, for the hand-over picker.
  'GET /api/tasks/{taskId}/holders': WORKERS,
  'POST /api/tasks/{taskId}/claim': WORKERS,
  'POST /api/tasks/{taskId}/release': WORKERS,
  'POST /api/tasks/{taskId}/reassign': ['TDKT_OFFICE', 'ADMIN'],
  'POST /api/tasks/{taskId}/delegate': WORKERS,
  'POST /api/tasks/{taskId}/complete': WORKERS,
  'POST /api/bulk-filings': ['UNIT_OFFICER'],
  'GET /api/bulk-filings/{bulkId}': ['UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN'],
  'POST /api/bulk-filings/{bulkId}/submission': ['UNIT_OFFICER'],
  'GET /api/rules/current': ANY,
  'GET /api/rules': ANY,
  'GET /api/rules/{version}': ANY,
  'POST /api/rules': ['ADMIN'],
  'GET /api/calendar/{year}': ANY,
  'POST /api/calendar/{year}': ['ADMIN'],
  'GET /api/registry': ['ADMIN', 'TDKT_OFFICE', 'SLA_MONITOR'],
  'POST /api/registry/imports': ['ADMIN'],
  'GET /api/holds': ['ADMIN', 'TDKT_OFFICE'],
  'POST /api/holds': ['ADMIN', 'TDKT_OFFICE'],
  'POST /api/holds/{holdId}/lift': ['ADMIN', 'TDKT_OFFICE'],
  // The initiative registry: a unit files its own (the office any unit's), the office records the initiative
  // council's assessment, everyone signed in reads it (docs/initiatives.md).
  'POST /api/initiatives': ['UNIT_OFFICER', 'TDKT_OFFICE'],
  'GET /api/initiatives': ANY,
  'GET /api/initiatives/{initiativeId}': ANY,
  'POST /api/initiatives/{initiativeId}/assessment': ['TDKT_OFFICE'],
  // Cluster and bloc scoring: units score themselves, the leading unit reviews and holds the vote, member units
  // vote; the decider says which unit may (docs/cluster-scoring.md); everyone signed in reads it.
  'GET /api/cluster-scoring/{clusterId}/{campaignId}': ANY,
  'PUT /api/cluster-scoring/{clusterId}/{campaignId}/sheets/{unitId}/scores/{criterionId}': ['UNIT_OFFICER'],
  'POST /api/cluster-scoring/{clusterId}/{campaignId}/sheets/{unitId}/submit': ['UNIT_OFFICER'],
  'POST /api/cluster-scoring/{clusterId}/{campaignId}/sheets/{unitId}/adjustments': ['UNIT_OFFICER'],
  'POST /api/cluster-scoring/{clusterId}/{campaignId}/ballot': ['UNIT_OFFICER'],
  'POST /api/cluster-scoring/{clusterId}/{campaignId}/ballot/votes': ['UNIT_OFFICER'],
  'POST /api/cluster-scoring/{clusterId}/{campaignId}/ballot/close': ['UNIT_OFFICER'],
  'POST /api/cluster-scoring/{clusterId}/{campaignId}/flag-nomination': ['UNIT_OFFICER'],
  // Registration (đăng ký thi đua, docs/campaigns.md): a unit officer for their own unit, the office and
  // administrators for any; the list is each officer's own unit, everything for the others.
  'POST /api/campaigns/{campaignId}/registrations': ['UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN'],
  'POST /api/campaigns/{campaignId}/registrations/{registrationId}/withdrawal': [
    'UNIT_OFFICER',
    'TDKT_OFFICE',
    'ADMIN',
  ],
  'GET /api/campaigns/{campaignId}/registrations': ['UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN'],
  'POST /api/documents': ['UNIT_OFFICER', 'TDKT_OFFICE', 'AUTHORITY'],
  'GET /api/documents/{sha256}': ANY,
  // A signed link opens a file without a token (the signature stands for the reader's check).
  'POST /api/documents/{sha256}/links': ANY,
  'GET /api/files/{sha256}': PUBLIC,
  'GET /api/public/awards': PUBLIC,
  'GET /api/public/awards/{id}/decision': PUBLIC,
  'GET /api/sla/board': WATCHERS,
  'GET /api/sla/breaches-per-week': WATCHERS,
  'GET /api/sla/stage-durations': WATCHERS,
  'GET /api/nominations/export': AUDITORS,
  'GET /api/nominations/{id}/timeline': AUDITORS,
  'GET /api/nominations/{id}/as-of': AUDITORS,
  'GET /api/nominations/{id}/integrity': AUDITORS,
  'GET /api/nominations/{id}/signed-export': ['ADMIN', 'TDKT_OFFICE'],
  'GET /api/integrity': ['ADMIN'],
  'POST /api/integrity/exports': AUDITORS,
  // Paperwork: drafts from a case or a list, the templates they are drafted from, a certificate's public check.
  'GET /api/nominations/{id}/drafts/{kind}': ['UNIT_OFFICER', 'TDKT_OFFICE', 'AUTHORITY', 'ADMIN'],
  'POST /api/paperwork/decision-drafts': ['TDKT_OFFICE', 'AUTHORITY', 'ADMIN'],
  'GET /api/public/certificates/{code}': PUBLIC,
  'GET /api/paperwork/templates': ['ADMIN', 'TDKT_OFFICE', 'AUTHORITY'],
  'GET /api/paperwork/templates/{templateKind}/{version}': ['ADMIN', 'TDKT_OFFICE', 'AUTHORITY'],
  'POST /api/paperwork/templates/{templateKind}': ['ADMIN'],
  // The board's reports.
  'GET /api/reports/board': ['ADMIN', 'TDKT_OFFICE'],
  'GET /api/reports/board/export': ['ADMIN', 'TDKT_OFFICE'],
};

/** Tables written directly (not event-sourced) and the column naming who wrote a row. */
const DIRECT_WRITES: Record<string, { sql: string; endpoint: string }> = {
  rules: { sql: `SELECT count(*)::int AS n FROM rule_sets WHERE published_by = ANY($1)`, endpoint: 'POST /api/rules' },
  calendar: {
    sql: `SELECT count(*)::int AS n FROM calendar_schedules WHERE published_by = ANY($1)`,
    endpoint: 'POST /api/calendar/{year}',
  },
  holds: {
    sql: `SELECT count(*)::int AS n FROM nominee_holds WHERE created_by = ANY($1)`,
    endpoint: 'POST /api/holds',
  },
  imports: {
    sql: `SELECT count(*)::int AS n FROM award_registry WHERE signer_id = ANY(SELECT 'import:' || u FROM unnest($1::text[]) u)`,
    endpoint: 'POST /api/registry/imports',
  },
  documents: {
    sql: `SELECT count(*)::int AS n FROM document_uploads WHERE uploaded_by = ANY($1)`,
    endpoint: 'POST /api/documents',
  },
  bulk: {
    sql: `SELECT count(*)::int AS n FROM bulk_filings WHERE filed_by = ANY($1)`,
    endpoint: 'POST /api/bulk-filings',
  },
};

const callers = Object.entries(users).map(([key, actor]) => ({ key, actor }));
const refusedUsers = (endpoint: string) => {
  const allowed = MATRIX[endpoint];
  return allowed === PUBLIC
    ? []
    : callers.filter((c) => !allowed.includes(c.actor.role as TokenRole)).map((c) => c.actor.userId);
};

describe('the authorization matrix of the API', () => {
  let stack: TestStack;
  let caseId: string;
  let signedFileUrl: string;
  const refusedCorrelations: string[] = [];
  let caseBefore: Awaited<ReturnType<typeof snapshot>>;
  const writesBefore: Record<string, number> = {};

  const countWrites = async (table: string) =>
    (await stack.db.query(DIRECT_WRITES[table].sql, [refusedUsers(DIRECT_WRITES[table].endpoint)]))[0].n as number;

  beforeAll(async () => {
    stack = await startTestStack();
    caseId = await flows(stack).filed(CITY, 'Bạch Thị Ma Trận');
    // A signed link to one of the unit's uploads: the link is the caller's right to the file, whoever opens it.
    const link = await stack
      .http()
      .post(`/api/documents/${DEMO_DOCUMENTS[0].sha256}/links`)
      .set('Authorization', `Bearer ${stack.token(users.unitOfficer)}`)
      .send({})
      .expect(201);
    signedFileUrl = link.body.url;
    caseBefore = await snapshot(stack, caseId);
    for (const table of Object.keys(DIRECT_WRITES)) writesBefore[table] = await countWrites(table);
  });
  afterAll(async () => stack?.close());

  /** A real path for a template: the case filed above, and ids that exist nowhere for the rest. */
  function concrete(template: string): string {
    const values: Record<string, string> = {
      id: caseId,
      objectionId: randomUUID(),
      taskId: encodeURIComponent(`${caseId}:APPRAISE_DOSSIER#9`),
      name: 'ma-tran-phan-quyen',
      bulkId: randomUUID(),
      version: '1',
      year: '2031',
      sha256: 'f'.repeat(64),
      holdId: randomUUID(),
      initiativeId: randomUUID(),
      registrationId: randomUUID(),
      sessionId: 'PHIEN-KHONG-CO',
      commandId: randomUUID(),
      // The demo directory's records: a probe body is refused (400) before anything is decided.
      unitId: 'SO-GD',
      councilId: 'HD-TP',
      campaignId: 'TONG-KET-2026',
      termId: '2026-2031',
      clusterId: 'CUM-KHONG-CO',
      criterionId: 'TC-1',
      subject: 'hd-giao-duc',
      seatId: 'VI-TRI-KHONG-CO',
      code: 'PA-00000000',
      // Paperwork: the filed case has no minutes yet (409 for those allowed), a template kind.
      kind: 'minutes',
      templateKind: 'MINUTES',
    };
    return template.replace(/\{(\w+)\}/g, (_, p: string) => {
      if (!(p in values)) throw new Error(`no value for path parameter {${p}} of ${template}: add one`);
      return values[p];
    });
  }

  function call(endpoint: string, token: string | undefined, correlationId: string, actingAs?: string): Test {
    const [method, template] = endpoint.split(' ');
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    // A file link is open to everyone who holds one that is signed (without a signature: 403 DOCUMENT_LINK_INVALID).
    const path = endpoint === 'GET /api/files/{sha256}' ? signedFileUrl : concrete(template);
    const agent = stack.http()[verb](path).set('x-correlation-id', correlationId);
    if (token) agent.set('Authorization', `Bearer ${token}`);
    if (actingAs) agent.set('X-Khen-Acting-As', actingAs);
    // No body for uploads (a multipart form is the content: 415 without it); an unknown field everywhere else: 400.
    if (endpoint === 'POST /api/documents' || method === 'GET' || method === 'DELETE') return agent;
    return agent.send({ matrixProbe: true });
  }

  it('has a row for every endpoint of the OpenAPI document, and no row for an endpoint that does not exist', async () => {
    const doc = (await stack.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const endpoints = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(endpoints.filter((e) => !(e in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((e) => !endpoints.includes(e))).toEqual([]);
  });

  const rows = Object.entries(MATRIX).map(([endpoint, allowed]) => [
    endpoint,
    allowed === PUBLIC
      ? 'is open to everyone, with or without a token'
      : `is open to ${allowed.join(', ')}, and refused to other roles and to callers without a token`,
  ]);
  it.each(rows)('%s %s', async (endpoint) => {
    const allowed = MATRIX[endpoint];
    const cells = [
      ...callers.map((c) => ({ who: c.key, role: c.actor.role, token: stack.token(c.actor), actingAs: undefined })),
      // A person of two seats (the token's COUNCIL_MEMBER, the directory's AUTHORITY of SO-GD), acting as the
      // second: checked as that role, exactly like a one-role token of it.
      {
        who: 'member4 acting as AUTHORITY',
        role: 'AUTHORITY',
        token: stack.token(users.member4),
        actingAs: 'AUTHORITY',
      },
      { who: 'anonymous', role: 'none', token: undefined, actingAs: undefined },
    ];
    const results = await Promise.all(
      cells.map(async (cell, i) => {
        const correlationId = `matrix-${randomUUID().slice(0, 8)}-${i}`;
        const res = await call(endpoint, cell.token, correlationId, cell.actingAs);
        const mayCall = allowed === PUBLIC || (cell.token !== undefined && allowed.includes(cell.role as TokenRole));
        if (!mayCall) refusedCorrelations.push(correlationId);
        return { who: cell.who, mayCall, status: res.status, code: res.body?.code as string | undefined };
      }),
    );
    for (const r of results) {
      const cell = `${endpoint} as ${r.who}: ${r.status} ${r.code ?? ''}`;
      if (r.mayCall)
        expect({ cell, allowed: ![401, 403].includes(r.status) && r.status < 500 }).toEqual({ cell, allowed: true });
      else if (r.who === 'anonymous')
        expect({ cell, status: r.status, code: r.code }).toEqual({ cell, status: 401, code: 'UNAUTHENTICATED' });
      else expect({ cell, status: r.status, code: r.code }).toEqual({ cell, status: 403, code: 'ROLE_NOT_ALLOWED' });
    }
  });

  it('recorded nothing for any refused call: no event, no direct write, the case unchanged', async () => {
    expect(refusedCorrelations.length).toBeGreaterThan(300);
    const [{ n }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM events WHERE metadata->>'correlationId' = ANY($1)`,
      [refusedCorrelations],
    );
    expect(n).toBe(0);
    for (const table of Object.keys(DIRECT_WRITES))
      expect({ table, rows: await countWrites(table) }).toEqual({ table, rows: writesBefore[table] });
    expect(await snapshot(stack, caseId)).toEqual(caseBefore);
  });
});
