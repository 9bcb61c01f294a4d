import { ProblemException } from '../problem/problem.exception';
import { FileLinks, LINK_TTL_SECONDS } from './file-links';
import { contentDisposition } from './file-response';

const KEY = { KHEN_FILE_LINK_KEY: 'k'.repeat(40) } as NodeJS.ProcessEnv;
const SHA = 'a'.repeat(64);
const NOW = Date.UTC(2026, 10, 20, 3, 0, 0);

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ProblemException ? { code: e.code, detail: e.messageVi } : undefined;
  }
  return undefined;
};

describe('signed links to dossier files', () => {
  const links = new FileLinks(KEY);
  const issued = links.issue({ sha256: SHA, reader: 'cb-so-gd', caseId: 'c1' }, NOW);

  it('opens the file it names, for the reader and case it was issued to, until it expires', () => {
    expect(issued.url.startsWith(`/api/files/${SHA}?`)).toBe(true);
    expect(issued.expiresAt).toBe(new Date(NOW + LINK_TTL_SECONDS * 1000).toISOString());
    expect(links.verify(SHA, query(issued.url), NOW + 1000)).toMatchObject({ reader: 'cb-so-gd', caseId: 'c1' });
  });

  it('refuses an expired link, saying it expired', () => {
    const refused = code(() => links.verify(SHA, query(issued.url), NOW + (LINK_TTL_SECONDS + 1) * 1000));
    expect(refused).toMatchObject({ code: 'DOCUMENT_LINK_INVALID' });
    expect(refused?.detail).toContain('hết hạn');
  });

  it('refuses a link moved to another file, reader or case, or signed with another key', () => {
    const q = query(issued.url);
    for (const [sha, changed] of [
      ['b'.repeat(64), q],
      [SHA, { ...q, r: 'ban-tdkt' }],
      [SHA, { ...q, c: 'c2' }],
      [SHA, { ...q, e: String(Number(q.e) + 3600) }],
      [SHA, { ...q, s: undefined }],
    ] as const)
      expect(code(() => links.verify(sha, changed, NOW))).toMatchObject({ code: 'DOCUMENT_LINK_INVALID' });
    const other = new FileLinks({ KHEN_FILE_LINK_KEY: 'o'.repeat(40) } as NodeJS.ProcessEnv);
    expect(code(() => other.verify(SHA, q, NOW))).toMatchObject({ code: 'DOCUMENT_LINK_INVALID' });
  });
});

describe('the disposition of a file answer', () => {
  it('sends the Vietnamese name encoded, with an ASCII fallback that cannot break the header', () => {
    expect(contentDisposition('inline', 'Tờ trình "số 1"; đợt 2.pdf')).toBe(
      `inline; filename="To trinh _so 1__ dot 2.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%22s%E1%BB%91%201%22%3B%20%C4%91%E1%BB%A3t%202.pdf`,
    );
  });
});
