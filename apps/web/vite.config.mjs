// Build of the pages: Preact + TypeScript, bundled by Vite into apps/web/dist, which the
// API serves at / (apps/api/src/app.setup.ts). No CDN at run time: everything is in the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

/**
 * Demo only: the tokens `npm start` wrote last time (.data/demo-tokens.env), so that the sign-in page
 * can "sign in as" a demo user. Never in a production build; missing file = the page asks for a token.
 */
function demoTokens(mode) {
  const file = join(root, '.data/demo-tokens.env');
  if (mode === 'production' && process.env.NODE_ENV === 'production') return {};
  if (process.env.KHEN_WEB_DEMO_TOKENS === '0' || !existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^TOKEN_[A-Z0-9_]+=\S+$/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

export default defineConfig(({ mode }) => ({
  root: here,
  base: '/',
  publicDir: false,
  define: { __DEMO_TOKENS__: JSON.stringify(demoTokens(mode)) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/metrics': 'http://127.0.0.1:3000' } },
}));
