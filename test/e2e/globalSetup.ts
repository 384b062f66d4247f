import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built demo is served, e.g. `http://localhost:41234/`. */
    demoUrl: string;
  }
}

const configFile = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));
// Its own output folder, so a parallel build of the demo elsewhere cannot pull files from under it.
const outDir = fileURLToPath(new URL('../../node_modules/.cache/e2e-demo', import.meta.url));

/** Builds the demo and serves it like production, under the CSP a host would set. */
export default async function setup(project: TestProject) {
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      headers: { 'Content-Security-Policy': "default-src 'self'" },
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo preview server did not report its URL.');
  project.provide('demoUrl', url);
  return async () => {
    await server.close();
  };
}
