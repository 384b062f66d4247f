import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The library build (`npm run build`): ESM, one file per public entry, shared code in chunks so
// `BillingError` is one class whichever entry it is imported from. Declarations come from
// `tsc -p tsconfig.build.json`; this file only builds JavaScript and copies the stylesheet.

/** The languages of `react-billing-widget/locales/<tag>` (contract section 9). */
const localeTags = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'ko', 'zh-CN', 'ar'];

const entries = {
  index: 'src/index.ts',
  headless: 'src/headless.ts',
  core: 'src/core/index.ts',
  mocks: 'mocks/index.ts',
  server: 'src/server/index.ts',
  // One file per language, so a host's bundle holds only the locale it imports.
  ...Object.fromEntries(localeTags.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])),
  testing: 'src/testing/index.ts',
};

/** Entries that hold React code: server-component hosts (Next.js App Router) must see `"use client"`. */
const clientEntries = new Set(['index', 'headless']);

/** Dependencies and peers stay imports, subpaths included (`react/jsx-runtime`, `zustand/vanilla`, `msw/node`). */
const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('package.json', import.meta.url)), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalPackages = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const external = new RegExp(`^(${externalPackages.map((name) => name.replace('/', '\\/')).join('|')})(\\/.*)?$`);

const hasUseClient = /^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use client['"]/;

/**
 * Rolldown keeps an entry module's `'use client'` today; bundlers have dropped module-level
 * directives before, so the client entries get one back if it is ever missing.
 */
function useClientBanner(): Plugin {
  return {
    name: 'rbw:use-client-banner',
    renderChunk(code, chunk) {
      if (!chunk.isEntry || !clientEntries.has(chunk.name) || hasUseClient.test(code)) return null;
      return { code: `'use client';\n${code}`, map: null };
    },
  };
}

/** `react-billing-widget/styles.css`: the stylesheet as written, for hosts to import once. */
function copyStyles(): Plugin {
  const source = fileURLToPath(new URL('src/styles/billing.css', import.meta.url));
  return {
    name: 'rbw:styles',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(source, 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [react(), useClientBanner(), copyStyles()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: (id) => external.test(id),
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
