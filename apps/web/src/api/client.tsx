import type { Problem } from './types';
import { authHeaders, getActingAs, getToken, setActingAs, signOut } from '../auth/session';

/** A refusal of the API, carrying its RFC 7807 body (Vietnamese `detail`, English `detailEn`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail);
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function queryString(q: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q))
    if (v !== undefined && v !== null && v !== '' && v !== false) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function problemOf(res: Response): Promise<Problem> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (body && typeof body.detail === 'string')
      return { status: res.status, code: body.code ?? `HTTP_${res.status}`, ...body } as Problem;
  } catch {
    /* not JSON: fall through */
  }
  return {
    status: res.status,
    code: `HTTP_${res.status}`,
    detail:
      res.status === 404 ? 'Chức năng hoặc dữ liệu chưa có trên máy chủ (404).' : `Máy chủ trả lời lỗi ${res.status}.`,
    detailEn: res.status === 404 ? 'Not available on the server yet (404).' : `The server answered ${res.status}.`,
  };
}

let renewal: (() => Promise<boolean>) | undefined;
/** Set by auth/refresh.tsx: on a 401 the client first tries a silent token refresh, then asks once more. */
export function setTokenRenewal(renew: () => Promise<boolean>): void {
  renewal = renew;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  query?: Query;
  headers?: Record<string, string>;
  /** Public endpoints: send no token even when signed in. */
  anonymous?: boolean;
  raw?: BodyInit;
  /** Internal: already repeated once after a token refresh. */
  retried?: boolean;
}

/** The one door to the API: bearer token from the session, JSON in and out, problems as ApiError. */
export async function api<T>(path: string, o: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...o.headers };
  const token = getToken();
  if (token && !o.anonymous) Object.assign(headers, authHeaders(token));
  let body: BodyInit | undefined = o.raw;
  if (o.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(o.body);
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}${queryString(o.query)}`, {
      method: o.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
    });
  } catch {
    throw new ApiError(0, {
      status: 0,
      code: 'NETWORK',
      detail: 'Không kết nối được máy chủ.',
      detailEn: 'Could not reach the server.',
    });
  }
  if (res.status === 401 && token && !o.anonymous && !o.retried && renewal && (await renewal()))
    return api<T>(path, { ...o, retried: true });
  if (!res.ok) {
    const problem = await problemOf(res);
    // The seat this tab acted as was ended in the directory: act as the token's first role, and ask again.
    if (res.status === 403 && problem.code === 'ACTING_AS_NOT_HELD' && getActingAs() && !o.anonymous) {
      setActingAs(null);
      return api<T>(path, o);
    }
    if (res.status === 401 && token && !o.anonymous && getToken() === token) signOut();
    throw new ApiError(res.status, problem);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Upload with progress (fetch has no upload progress): XMLHttpRequest, same errors as `api`. */
export function upload<T>(path: string, file: File, query: Query, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}${queryString(query)}`);
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    const xlsx = /\.xlsx$/i.test(file.name);
    xhr.setRequestHeader(
      'Content-Type',
      xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
    );
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, {
          status: 0,
          code: 'NETWORK',
          detail: 'Không kết nối được máy chủ.',
          detailEn: 'Could not reach the server.',
        }),
      );
    xhr.onload = async () => {
      const res = new Response(xhr.responseText, { status: xhr.status });
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
      else reject(new ApiError(xhr.status, await problemOf(res)));
    };
    xhr.send(file);
  });
}

/**
 * Downloads an authenticated file (exports, drafts) and hands it to the browser under `fileName`; a JSON
 * `body` makes it a POST (the list decision's draft). Answers the draft's SHA-256 when the API names it
 * (X-Khen-Draft-Sha256), else null.
 */
export async function download(
  path: string,
  fileName: string,
  query: Query = {},
  body?: unknown,
): Promise<string | null> {
  const headers: Record<string, string> = authHeaders();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api${path}${queryString(query)}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new ApiError(res.status, await problemOf(res));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
  return res.headers.get('X-Khen-Draft-Sha256');
}

/**
 * A GET that says which version it already has (If-None-Match): null when the server answers 304 Not
 * Modified, else the body with its new ETag.
 */
export async function conditional<T>(
  path: string,
  query: Query,
  etag?: string,
): Promise<{ etag?: string; page: T } | null> {
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders() };
  if (etag) headers['If-None-Match'] = etag;
  const res = await fetch(`/api${path}${queryString(query)}`, { headers, cache: 'no-store' });
  if (res.status === 304) return null;
  if (!res.ok) {
    if (res.status === 401 && renewal && (await renewal())) return conditional<T>(path, query, etag);
    throw new ApiError(res.status, await problemOf(res));
  }
  return { etag: res.headers.get('ETag') ?? undefined, page: (await res.json()) as T };
}
