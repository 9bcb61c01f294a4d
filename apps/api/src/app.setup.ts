import type { ArgumentsHost, INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { json, raw, static as serveStatic } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { KhenRequest } from './http/khen-request';
import { describeConstraints, finishDocument, methodNotAllowed } from './http/openapi';
import { RejectNulPipe } from './problem/edge-validation';
import { problem } from './problem/problem.exception';
import { ProblemFilter } from './problem/problem.filter';
import { RefusalLog } from './problem/refusal-log';
import { validation } from './problem/validation-messages';

/** Everything main.ts and the tests share: prefix, limits, validation, correlation ids, OpenAPI. */
export function configureApp(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  serveWebPages(app);
  // First, so that every answer carries it (a body the parsers refuse included): it lives on the request
  // (read by the pipeline and the refusal log) and goes back in a header.
  app.use((req: KhenRequest, res: Response, next: NextFunction) => {
    const given = req.header('x-correlation-id');
    req.correlationId = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-correlation-id', req.correlationId);
    next();
  });
  // Public objections are small; bulk files are binary bodies of their own size. Dossier files are
  // multipart forms, streamed by their route itself (documents/multipart-upload.ts): no parser reads them here.
  app.use('/api/public', json({ limit: '16kb' }));
  app.use(
    '/api/bulk-filings',
    raw({ type: (req) => !String(req.headers['content-type'] ?? '').startsWith('application/json'), limit: '8mb' }),
  );
  // The paperwork's DOCX templates, uploaded as the body itself.
  app.use('/api/paperwork/templates', raw({ type: () => true, limit: '5mb' }));
  // An org chart as a spreadsheet (CSV or XLSX), and as JSON: a province's thousands of rows.
  app.use(
    '/api/directory/imports/file',
    raw({ type: (req) => !String(req.headers['content-type'] ?? '').startsWith('application/json'), limit: '8mb' }),
  );
  app.use('/api/directory/imports', json({ limit: '8mb' }));
  app.use('/api/integrity/exports', json({ limit: '20mb' }));
  app.use(json({ limit: '256kb' }));
  // NUL first: PostgreSQL text cannot hold it, and a draft carrying one could never be recorded.
  app.useGlobalPipes(new RejectNulPipe(), validation());
  const doc = new DocumentBuilder()
    .setTitle('Khen API')
    .setDescription('Quy trình xét đề nghị thi đua, khen thưởng — nomination approvals')
    .setVersion('0.2.0')
    .addBearerAuth()
    .build();
  // The document true to the server (docs/openapi.md): class-validator's rules in the schemas, the shared refusals.
  describeConstraints();
  const document = finishDocument(SwaggerModule.createDocument(app, doc));
  // A documented path with a method it does not list: 405 with Allow (before authentication: no method is allowed).
  const filter = new ProblemFilter(app.get(RefusalLog));
  app.use(
    methodNotAllowed(document, (req, res, allow) => {
      res.setHeader('Allow', allow);
      const http = { getRequest: () => req, getResponse: () => res };
      filter.catch(problem('METHOD_NOT_ALLOWED', { method: req.method, allow }), {
        switchToHttp: () => http,
      } as unknown as ArgumentsHost);
    }),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** The pages (apps/web, built to apps/web/dist) are served by the API itself, outside /api. */
function serveWebPages(app: INestApplication): void {
  const dist = join(__dirname, '../../../../apps/web/dist');
  const root = existsSync(dist) ? dist : join(__dirname, '../../web/dist');
  if (!existsSync(root)) return;
  const files = serveStatic(root, { index: 'index.html', maxAge: '1h' });
  const isApi = (req: Request) => req.path.startsWith('/api') || req.path === '/metrics';
  // API requests never look for a file (a stat per GET otherwise: 3 % of the API's CPU in bench/).
  app.use((req: Request, res: Response, next: NextFunction) => (isApi(req) ? next() : files(req, res, next)));
  // Client-side routes (/hop-viec, /ho-so/…) get the page shell; /api and /metrics stay the API's.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApi(req) || !req.accepts('html')) return next();
    res.sendFile(join(root, 'index.html'));
  });
}
