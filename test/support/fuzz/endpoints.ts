/** The API's endpoints for the fuzzer: from the OpenAPI document, with the roles each route handler declares. */
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import type { Role } from '@khen/domain';
import { AppModule } from '../../../apps/api/src/app.module';
import { PUBLIC_KEY, ROLES_KEY } from '../../../apps/api/src/auth/roles.decorator';

export type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
};
export interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema?: Schema }[];
        requestBody?: { content: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

export interface Endpoint {
  key: string;
  method: 'get' | 'post' | 'put' | 'delete';
  template: string;
  pathParams: string[];
  query: { name: string; schema?: Schema }[];
  /** JSON schema of the body, 'binary' for uploads read raw, or undefined for none. */
  body?: Schema | 'binary';
  /** Roles that may call it; 'PUBLIC' when no token is needed. */
  allowed: Role[] | 'PUBLIC';
}

/** Every operation of the OpenAPI document, with the roles its route handler declares. */
export function endpointsOf(doc: OpenApiDoc): Endpoint[] {
  const roles = routeRoles();
  const out: Endpoint[] = [];
  for (const [template, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const key = `${method.toUpperCase()} ${template}`;
      if (!roles.has(key)) throw new Error(`no route handler found for ${key}`);
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const binary = template === '/api/documents' || template === '/api/bulk-filings';
      out.push({
        key,
        method: method as Endpoint['method'],
        template,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: binary ? 'binary' : (json ?? (method === 'post' || method === 'put' ? { type: 'object' } : undefined)),
        allowed: roles.get(key)!,
      });
    }
  }
  return out;
}

type Ctor = new (...a: never[]) => unknown;

/** The controllers of a module and of every module it imports (one module per feature folder). */
function controllersOf(module: Ctor | { module: Ctor }, seen = new Set<unknown>()): Ctor[] {
  const m = 'module' in module ? module.module : module;
  if (seen.has(m)) return [];
  seen.add(m);
  const imports = (Reflect.getMetadata('imports', m) ?? []) as (Ctor | { module: Ctor })[];
  return [
    ...((Reflect.getMetadata('controllers', m) ?? []) as Ctor[]),
    ...imports.flatMap((i) => controllersOf(i, seen)),
  ];
}

/** `METHOD /api/path/{param}` → allowed roles, read from the controllers' metadata. */
function routeRoles(): Map<string, Role[] | 'PUBLIC'> {
  const map = new Map<string, Role[] | 'PUBLIC'>();
  const controllers = controllersOf(AppModule);
  const ALL: Role[] = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'];
  for (const ctrl of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, ctrl) ?? '').replace(/^\/|\/$/g, '');
    for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
      const fn = (ctrl.prototype as Record<string, unknown>)[name];
      if (typeof fn !== 'function' || name === 'constructor') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
      const sub = Reflect.getMetadata(PATH_METADATA, fn) as string | undefined;
      if (method === undefined || sub === undefined) continue;
      const path = ['api', base, sub.replace(/^\/|\/$/g, '')]
        .filter(Boolean)
        .join('/')
        .replace(/:(\w+)/g, '{$1}');
      const isPublic = Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, ctrl);
      const allowed = (Reflect.getMetadata(ROLES_KEY, fn) ?? Reflect.getMetadata(ROLES_KEY, ctrl)) as
        Role[] | undefined;
      map.set(`${RequestMethod[method]} /${path}`, isPublic ? 'PUBLIC' : (allowed ?? ALL));
    }
  }
  return map;
}
