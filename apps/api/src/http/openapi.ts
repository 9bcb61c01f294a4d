import 'reflect-metadata';
import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiParam, ApiResponse } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { getMetadataStorage } from 'class-validator';

/**
 * The OpenAPI document true to the server (docs/openapi.md): refusals declared per route, path
 * parameters in the form their pipes accept, DTO constraints read from class-validator, public routes
 * without security, and 405 (with Allow) for a method the document does not list on a path it does.
 */

/** RFC 7807 body of every refusal (docs/api-contracts.md). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['code', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string', description: 'Tiếng Việt' },
    detailEn: { type: 'string' },
    field: { type: 'string' },
    correlationId: { type: 'string' },
  },
};

/** What each refusal status means on this API, Vietnamese first. */
export const REFUSAL_MEANING: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ: trường nào, vì sao — invalid request (which field, why)',
  401: 'Chưa đăng nhập hoặc mã truy cập không hợp lệ — not signed in',
  403: 'Vai trò hoặc phạm vi không được phép — not allowed for this role or scope',
  404: 'Không tìm thấy — not found',
  405: 'Phương thức không được hỗ trợ (xem Allow) — method not allowed',
  409: 'Xung đột với trạng thái hiện tại — conflicts with the current state',
  412: 'Phiên bản (If-Match) đã thay đổi — the version changed',
  413: 'Nội dung quá lớn — payload too large',
  415: 'Kiểu nội dung không nhận — unsupported media type',
  422: 'Quy tắc nghiệp vụ từ chối (có căn cứ pháp lý) — refused by a rule',
  429: 'Quá nhiều yêu cầu (xem Retry-After) — too many requests',
  503: 'Chưa có trả lời trong hạn, không có gì được ghi nhận (xem Retry-After) — not answered in time',
};

const problemResponse = (status: number, description = REFUSAL_MEANING[status] ?? 'Từ chối — refused') =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } } });

/**
 * The refusals a route can answer, each with the problem body: `@Refuses(404, 409, 422)`. 400 (for a
 * route with input), 401 (signed-in routes) and 403 (routes with @Roles) are added to every route that
 * can give them by `finishDocument`; name them here only to describe them otherwise.
 */
export const Refuses = (...statuses: (number | [number, string])[]) =>
  applyDecorators(...statuses.map((s) => (Array.isArray(s) ? problemResponse(s[0], s[1]) : problemResponse(s))));

/** The refusals a command on a case can answer beyond the universal ones (docs/api-contracts.md). */
export const COMMAND_REFUSALS = [404, 409, 412, 422, 503] as const;

/**
 * A body whose contents the server checks beyond what its schema says: a file it reads (a CSV, a PDF: its
 * columns, its type by content, its hash), a whole document checked by its own schema (a rule set). What
 * is wrong with them is refused 400/422; the conformance run takes those answers to a schema-valid body
 * of such an operation (test/support/schemathesis.ts).
 */
export const ContentChecked = () => ApiExtension('x-khen-content-checked', true);
/** A body that is a file the server reads (see ContentChecked). */
export const FileBody = ContentChecked;

/** A JSON answer with its schema: `@Answers(200, CASE_SCHEMA, 'Hồ sơ')`. */
export const Answers = (status: number, schema: Record<string, unknown>, description = 'OK') =>
  ApiResponse({ status, description, content: { 'application/json': { schema } } });

/** A JSON answer of another media type (a CSV, an XLSX, a file) with its schema. */
export const AnswersAs = (status: number, content: Record<string, Record<string, unknown>>, description = 'OK') =>
  ApiResponse({
    status,
    description,
    content: Object.fromEntries(Object.entries(content).map(([k, schema]) => [k, { schema }])),
  });

const obj = (required: string[] = [], properties: Record<string, unknown> = {}) => ({
  type: 'object',
  ...(required.length ? { required } : {}),
  properties: { ...Object.fromEntries(required.map((k) => [k, {}])), ...properties },
});
const list = (items: Record<string, unknown> = { type: 'object' }) => ({ type: 'array', items });
const page = { items: list(), nextCursor: { type: 'string', nullable: true } };

/** A recorded command on a case (CommandAccepted): its new version (also the ETag), stage and status. */
export const COMMAND_ACCEPTED_SCHEMA = obj(['nominationId', 'version', 'stage', 'status'], {
  version: { type: 'integer' },
});
/** A case as its reader may see it (the nominations read model, state folded from its events). */
export const CASE_SCHEMA = obj(['nominationId', 'version', 'stage', 'status', 'state'], {
  caseNumber: { type: 'string', nullable: true, description: 'Số hồ sơ theo hội đồng và năm (HS-2026-000123)' },
  version: { type: 'integer' },
  state: { type: 'object' },
});
/** Each case of a list command (a council session): its own answer, or its own refusal. */
export const RESULTS_SCHEMA = obj(['results'], { results: list() });

/**
 * The answers of the routes that declare none themselves (by `METHOD path`), filled in by finishDocument.
 * A route added with its own @Answers needs no row; a JSON answer neither declares nor finds one is
 * reported by the conformance suite (test/e2e/openapi-conformance.e2e.spec.ts).
 */
export const ANSWERS: Record<string, { status: number; content: Record<string, Record<string, unknown>> }> = {};
const json = (status: number, schema: Record<string, unknown>) => ({ status, content: { 'application/json': schema } });
const file = (status: number, types: string[]) => ({
  status,
  content: Object.fromEntries(types.map((t) => [t, { type: 'string', format: 'binary' }])),
});
Object.assign(ANSWERS, {
  'GET /api/health': json(200, obj(['status'])),
  'GET /api/auth/config': json(200, obj(['demo'], { demo: { type: 'boolean' } })),
  'GET /api/demo/tokens': json(200, obj(['users'], { users: list(obj(['key', 'userId', 'role', 'token'])) })),
  'GET /api/me': json(200, obj(['userId', 'role'])),
  'GET /api/directory/councils': json(200, list()),
  'GET /api/directory/units': json(200, list()),
  'GET /api/directory/campaigns': json(200, list()),
  'GET /api/nominations': json(200, obj(['items', 'nextCursor'], page)),
  'GET /api/nominations/{id}/events': json(200, list()),
  'GET /api/nominations/{id}/commands/{commandId}': json(200, obj()),
  'GET /api/nominations/{id}/timeline': json(200, obj()),
  'GET /api/nominations/{id}/as-of': json(
    200,
    obj(['at', 'version', 'state'], { at: { type: 'string', nullable: true } }),
  ),
  'GET /api/nominations/{id}/integrity': json(200, obj()),
  'GET /api/nominations/{id}/signed-export': file(200, ['application/json']),
  'GET /api/nominations/export': file(200, [
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]),
  'GET /api/integrity': json(200, obj()),
  'POST /api/integrity/exports': json(200, obj(['ok', 'signatureValid', 'chainValid'])),
  'GET /api/nominations/{id}/ballot': json(200, obj()),
  'GET /api/ballot-sessions/{sessionId}': json(200, obj(['sessionId', 'items'], { items: list() })),
  'POST /api/ballot-sessions/{sessionId}/votes': json(200, RESULTS_SCHEMA),
  'POST /api/ballot-sessions/{sessionId}/close': json(200, RESULTS_SCHEMA),
  'GET /api/sla/board': json(200, obj(['items'], { items: list() })),
  'GET /api/sla/breaches-per-week': json(200, obj(['weeks'], { weeks: list() })),
  'GET /api/sla/stage-durations': json(200, obj(['stages'], { stages: list() })),
  'GET /api/tasks/views': json(200, list()),
  'GET /api/public/awards': json(
    200,
    obj(['items', 'total', 'limit', 'offset'], {
      items: list(),
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    }),
  ),
  'GET /api/public/disclosures': json(200, obj(['items'], { items: list() })),
  'GET /api/rules': json(200, list()),
  'GET /api/rules/{version}': json(200, obj(['version', 'awards'])),
  'POST /api/rules': json(201, obj()),
  'GET /api/calendar/{year}': json(200, obj(['year'])),
  'POST /api/calendar/{year}': json(201, obj()),
  'GET /api/registry': json(200, list()),
  'POST /api/registry/imports': json(201, obj()),
  'GET /api/holds': json(200, list()),
  'POST /api/holds/{holdId}/lift': json(200, obj(['holdId'])),
  'POST /api/tasks/{taskId}/complete': json(200, COMMAND_ACCEPTED_SCHEMA),
  'GET /api/tasks/{taskId}/holders': json(200, obj(['taskId', 'candidateGroup', 'people'], { people: list() })),
  'GET /api/public/objections/{code}': json(200, obj()),
});

/** A v4 UUID, as ParseUUIDPipe({ version: '4' }) and class-validator's IsUUID('4') accept it. */
export const UUID4_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$';
export const UUID4_SCHEMA = { type: 'string', format: 'uuid', pattern: UUID4_PATTERN };
/** A civil day yyyy-MM-dd of years 1000–9999 (IsCivilDay; dd/MM/yyyy is for the pages, not the API). */
export const CIVIL_DAY_PATTERN = '^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}$';
/** An instant as IsInstant takes it: years 1000–9999, an offset of at most 14:59 (PostgreSQL's range). */
export const INSTANT_PATTERN =
  '^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-](0[0-9]|1[0-4]):?[0-5][0-9])?)?$';
/** A SHA-256 in lower-case hex (a stored file). */
export const SHA256_SCHEMA = { type: 'string', pattern: '^[a-f0-9]{64}$' };

/** A path parameter in the form the route's pipe accepts. */
export const PathParam = (name: string, schema: Record<string, unknown>, description?: string) =>
  ApiParam({ name, required: true, schema, description });
/** A path parameter that is a v4 UUID (Uuid4 / CaseId pipes). */
export const UuidParam = (name: string, description?: string) => PathParam(name, UUID4_SCHEMA, description);

// ---------------------------------------------------------------------------------------------------
// DTO constraints: class-validator's rules, written into the schemas the document gives.

const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

interface Rule {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

type Schema = Record<string, unknown>;

/** One class-validator rule as JSON Schema keywords (for the value, or for each item with `each`). */
function keywordsOf(rule: Rule): Schema {
  const c = rule.constraints ?? [];
  switch (rule.name) {
    case 'maxLength':
      return { maxLength: c[0] };
    case 'minLength':
      return { minLength: c[0] };
    case 'isNotEmpty':
      return { minLength: 1 };
    case 'matches':
      return { pattern: c[0] instanceof RegExp ? c[0].source : String(c[0]) };
    case 'min':
      return { minimum: c[0] };
    case 'max':
      return { maximum: c[0] };
    case 'isInt':
      return { type: 'integer' };
    case 'isPositive':
      return { exclusiveMinimum: 0 } as Schema;
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isString':
      return { type: 'string' };
    case 'isIn':
      return { enum: c[0] };
    case 'isUuid':
      return c[0] === '4' || c[0] === 4 ? { ...UUID4_SCHEMA } : { type: 'string', format: 'uuid' };
    case 'isCivilDay':
      return { type: 'string', format: 'date', pattern: CIVIL_DAY_PATTERN };
    case 'isInstant':
      return { type: 'string', format: 'date-time', pattern: INSTANT_PATTERN };
    case 'isHundredths':
      return { type: 'number', multipleOf: 0.01 };
    default:
      return {};
  }
}

const STRICTEST = new Set(['isCivilDay', 'isInstant']);

const ARRAY_KEYWORDS: Record<string, (c: unknown[]) => Schema> = {
  arrayMaxSize: (c) => ({ maxItems: c[0] }),
  arrayMinSize: (c) => ({ minItems: c[0] }),
  arrayNotEmpty: () => ({ minItems: 1 }),
};

/**
 * Writes every DTO's class-validator rules into its swagger property metadata (lengths, patterns,
 * bounds, enums, integer types, required or not), and declares the properties the validator demands
 * that no @ApiProperty named. Run once before SwaggerModule.createDocument; idempotent.
 */
export function describeConstraints(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<object, Rule[]> };
  for (const [target, rules] of storage.validationMetadatas) {
    if (typeof target !== 'function') continue;
    const proto = (target as { prototype: object }).prototype;
    const byProperty = new Map<string, Rule[]>();
    for (const r of rules) byProperty.set(r.propertyName, [...(byProperty.get(r.propertyName) ?? []), r]);
    const listed: string[] = Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, proto) ?? [];
    for (const [property, own] of byProperty) {
      const existing: Schema | undefined = Reflect.getMetadata(API_MODEL_PROPERTIES, proto, property);
      const meta: Schema = { ...(existing ?? {}) };
      const optional = own.some((r) => r.type === 'conditionalValidation');
      // @IsOptional skips null as well as a missing value: the server takes null there.
      if (own.some((r) => r.name === 'isOptional')) meta.nullable = true;
      const isArray = meta.isArray === true || meta.type === 'array' || own.some((r) => r.name === 'isArray');
      const value: Schema = {};
      const item: Schema = {};
      // The day and instant checks last: their pattern is the stricter one (years 1000–9999).
      const ordered = [...own].sort(
        (a, b) => Number(STRICTEST.has(a.name ?? '')) - Number(STRICTEST.has(b.name ?? '')),
      );
      for (const r of ordered) {
        if (ARRAY_KEYWORDS[r.name ?? '']) Object.assign(value, ARRAY_KEYWORDS[r.name!](r.constraints ?? []));
        else Object.assign(r.each && isArray ? item : value, keywordsOf(r));
      }
      // A length, a pattern or a format checks text: class-validator's refuses anything else (a number, an object).
      const texty = (s: Schema) =>
        s.type === undefined && ['pattern', 'maxLength', 'minLength', 'format'].some((k) => k in s);
      if (texty(item)) item.type = 'string';
      if (!isArray && texty(value)) value.type = 'string';
      if (!existing) {
        // A property the server demands (or accepts) that no @ApiProperty declared.
        if (isArray) meta.type = item.type === 'integer' ? 'integer' : ((item.type as string) ?? 'string');
        else meta.type = (value.type as string) ?? 'string';
        if (isArray) meta.isArray = true;
      }
      // Keywords the class-validator rules imply, unless the @ApiProperty said otherwise.
      for (const [k, v] of Object.entries(value)) {
        if (k === 'type' && typeof meta.type === 'function' && v !== 'integer') continue;
        if (k === 'type' && meta.enum) continue;
        if (meta[k] === undefined || k === 'type' || (k === 'pattern' && own.some((r) => STRICTEST.has(r.name ?? ''))))
          meta[k] = v;
      }
      if (Object.keys(item).length && isArray) {
        const items = (meta.items as Schema | undefined) ?? {};
        meta.items = {
          ...(typeof meta.type === 'string' && meta.type !== 'array' ? { type: meta.type } : {}),
          ...item,
          ...items,
        };
      }
      meta.required = !optional;
      Reflect.defineMetadata(API_MODEL_PROPERTIES, meta, proto, property);
      if (!listed.includes(`:${property}`)) listed.push(`:${property}`);
    }
    Reflect.defineMetadata(API_MODEL_PROPERTIES_ARRAY, listed, proto);
  }
}

const REQUIRED_WHEN = new Map<string, { by: string; required: Record<string, string[]> }>();

/**
 * A DTO whose members are required by the value of one of them (class-validator's @ValidateIf on
 * `by`): its schema becomes a oneOf of one variant per value, each requiring what that value demands.
 */
export const RequiredWhen =
  (by: string, required: Record<string, string[]>): ClassDecorator =>
  (target) => {
    REQUIRED_WHEN.set(target.name, { by, required });
  };

function variantsOf(schema: Schema, rule: { by: string; required: Record<string, string[]> }): Schema {
  const properties = schema.properties as Record<string, Schema>;
  const conditioned = new Set(Object.values(rule.required).flat());
  return {
    oneOf: Object.entries(rule.required).map(([value, members]) => ({
      type: 'object',
      properties: {
        ...properties,
        // What another value requires is not checked under this one (@ValidateIf): any value is taken.
        ...Object.fromEntries([...conditioned].filter((m) => !members.includes(m)).map((m) => [m, {}])),
        [rule.by]: { ...properties[rule.by], enum: [value] },
      },
      required: [...new Set([...((schema.required as string[]) ?? []), rule.by, ...members])],
      additionalProperties: false,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// The finished document.

/**
 * The form of each path parameter, by its name: one name, one form, on every route (the pipes that
 * check them: CaseId/Uuid4, BoundedIntPipe, the SHA-256 check). A new name needs a row here.
 */
export const PATH_PARAMETERS: Record<string, Schema> = {
  id: UUID4_SCHEMA,
  objectionId: UUID4_SCHEMA,
  commandId: UUID4_SCHEMA,
  bulkId: UUID4_SCHEMA,
  sha256: SHA256_SCHEMA,
  version: { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
  year: { type: 'integer', minimum: 1900, maximum: 2199 },
  taskId: { type: 'string', minLength: 1, maxLength: 200 },
  holdId: { type: 'string', minLength: 1, maxLength: 200 },
  initiativeId: UUID4_SCHEMA,
  registrationId: UUID4_SCHEMA,
  // Any text: an unknown session lists no case, a saved view's name is kept to its first 64 characters.
  sessionId: { type: 'string', minLength: 1 },
  name: { type: 'string', minLength: 1 },
  // The paperwork: a draft's kind, and a certificate's verification code (any text: an unknown one is 404).
  kind: { type: 'string', enum: ['proposal', 'minutes', 'decision', 'certificates'] },
  code: { type: 'string', minLength: 1 },
  templateKind: { type: 'string', enum: ['PROPOSAL', 'MINUTES', 'DECISION', 'DECISION_LIST', 'CERTIFICATE'] },
};

type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
  'x-khen-public'?: boolean;
  'x-khen-roles'?: string[];
};

export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

function declare(op: Operation, status: number): void {
  op.responses[String(status)] ??= {
    description: REFUSAL_MEANING[status],
    content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } },
  };
}

/**
 * The seat a signed-in request acts as (docs/api-contracts.md, "Directory"): `ROLE` or `ROLE:SCOPE`, a `key`
 * of `GET /me`; without it, the token's first role; a seat the person does not hold: 403 ACTING_AS_NOT_HELD.
 * Declared here once, and by finishDocument on every operation that needs a token.
 */
export const ACTING_AS_PARAMETER = {
  in: 'header',
  name: 'X-Khen-Acting-As',
  required: false,
  description:
    'Vai trò mà người dùng hành động (một `key` của GET /me: ROLE hoặc ROLE:SCOPE); không giữ vai trò đó: 403 ACTING_AS_NOT_HELD — the seat acted as',
  // What the server may take (auth/acting-as.ts): blank (the first seat), or a role of a person's seats and
  // a scope after ':' (blank: any seat of that role). Anything else names no seat anyone holds: 403.
  schema: {
    type: 'string',
    pattern: '^\\s*((UNIT_OFFICER|TDKT_OFFICE|COUNCIL_MEMBER|AUTHORITY|ADMIN|SLA_MONITOR)(:.*)?)?\\s*$',
  },
};

/**
 * What every route shares, added to the document: public routes (@Public) need no token (security
 * []), the others answer 401 without one, take the acting-as header (403 for a seat not held) and answer
 * 403 when @Roles leaves the caller out; a route with input answers 400; DTO schemas admit no property
 * they do not name (the validator refuses them).
 */
export function finishDocument(doc: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(doc.paths)) {
    const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]);
    for (const m of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[m];
      if (!op) continue;
      // Every parameter of the path template is declared (a handler need not read one), in its form.
      op.parameters ??= [];
      for (const name of inPath) {
        let p = op.parameters.find((x) => x.in === 'path' && x.name === name);
        if (!p) op.parameters.unshift((p = { in: 'path', name, required: true }));
        p.required = true;
        // A name without a row is any text: its route's pipe may say more (give the name a row).
        p.schema = { ...(PATH_PARAMETERS[name] ?? { type: 'string', minLength: 1 }) };
      }
      if (inPath.length > 0) declare(op, 404);
      const answer = ANSWERS[`${m.toUpperCase()} ${path}`];
      if (answer) {
        const r = (op.responses[String(answer.status)] ??= { description: 'OK' }) as { content?: unknown };
        r.content ??= Object.fromEntries(Object.entries(answer.content).map(([k, schema]) => [k, { schema }]));
      }
      if (op['x-khen-public']) {
        op.security = [];
      } else if (op.security === undefined || op.security.length > 0) {
        if ((op.security ?? doc.security ?? []).length > 0) declare(op, 401);
      }
      if (op['x-khen-roles']) declare(op, 403);
      if ((op.parameters ?? []).length > 0 || op.requestBody) declare(op, 400);
      if ((op.security ?? doc.security ?? []).length > 0) {
        op.parameters.push({ ...ACTING_AS_PARAMETER, schema: { ...ACTING_AS_PARAMETER.schema } });
        declare(op, 403);
      }
      // A body over its parser's limit is refused before it is read (app.setup.ts).
      if (op.requestBody) declare(op, 413);
      delete op['x-khen-public'];
    }
  }
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Schema>;
  for (const schema of Object.values(schemas)) {
    if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined)
      schema.additionalProperties = false;
    // OpenAPI 3.0: a nullable enum names null among its values, or null is not one of them.
    for (const p of Object.values((schema.properties ?? {}) as Record<string, Schema>)) {
      if (p.nullable && Array.isArray(p.enum) && !p.enum.includes(null)) p.enum = [...p.enum, null];
    }
  }
  for (const [name, rule] of REQUIRED_WHEN) if (schemas[name]) schemas[name] = variantsOf(schemas[name], rule);
  return doc;
}

// ---------------------------------------------------------------------------------------------------
// 405 for a method the document does not list on a path it does.

/** Express middleware: a request to a documented path with an undocumented method gets 405 + Allow. */
export function methodNotAllowed(doc: OpenAPIObject, answer: (req: Request, res: Response, allow: string) => void) {
  const routes = Object.entries(doc.paths).map(([path, item]) => {
    const methods = METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => m.toUpperCase());
    if (methods.includes('GET') && !methods.includes('HEAD')) methods.push('HEAD');
    const source = path.replace(/[.*+?^${}()|[\]\\]/g, (ch) => (ch === '{' || ch === '}' ? ch : `\\${ch}`));
    const regex = new RegExp(`^${source.replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
    return { regex, methods, literal: !path.includes('{') };
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.path;
    if (!path.startsWith('/api/')) return next();
    const matching = routes.filter((r) => r.regex.test(path));
    if (matching.length === 0) return next();
    // A literal path (/api/tasks/views) wins over a template (/api/tasks/{taskId}) for the methods it has.
    const allowed = new Set(matching.flatMap((r) => r.methods));
    if (allowed.has(req.method)) return next();
    answer(req, res, [...allowed].join(', '));
  };
}
