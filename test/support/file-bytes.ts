import type { Test } from 'supertest';

/** The answer's bytes as they came, whatever its type (superagent parses only text and JSON by itself). */
export const bytes = (req: Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
