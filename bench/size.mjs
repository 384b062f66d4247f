// Bundle sizes, minified + gzip: each entry's own code (its dependencies left as imports) and the
// full widget with every dependency but React bundled, as a host app's bundler would ship it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// Everything the package installs or asks the host for: our dependencies and peers.
const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const dependencies = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const react = ['react', 'react-dom'];

/** Every import of these packages, subpaths included, stays an import. */
const externalsOf = (names) => names.flatMap((name) => [name, `${name}/*`]);

const gzipKB = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;

/** Bundles `entry` (a file, or `{ contents }` of a module) with `external` left as imports; minified KB, gzip KB, and the largest files. */
async function bundle(entry, external) {
  const result = await esbuild.build({
    absWorkingDir: root,
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: root, loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: externalsOf(external),
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  // Where the bytes go: each source file's share of the minified output, largest first.
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const modules = Object.entries(inputs)
    .map(([file, { bytesInOutput }]) => ({ file, minKB: bytesInOutput / 1024 }))
    .filter((module) => module.minKB > 0)
    .sort((a, b) => b.minKB - a.minKB);
  return { minKB: code.length / 1024, gzipKB: gzipKB(code), modules };
}

async function css(file) {
  const result = await esbuild.transform(readFileSync(`${root}/${file}`, 'utf8'), { loader: 'css', minify: true });
  const code = Buffer.from(result.code);
  return { minKB: code.length / 1024, gzipKB: gzipKB(code) };
}

/** The figures, in KB. */
export async function measureSizes() {
  return {
    core: await bundle('src/core/index.ts', dependencies),
    coreWithValibot: await bundle('src/core/index.ts', react),
    headlessOwn: await bundle('src/headless.ts', dependencies),
    widgetOwn: await bundle('src/index.ts', dependencies),
    widgetCss: await css('src/styles/billing.css'),
    widgetWithDependencies: await bundle('src/index.ts', react),
    // A language a host imports beside the widget; the longest translation of the eleven.
    locale: await bundle('src/locales/ar.ts', dependencies),
  };
}

/** What a host typically ships: only the names it imports, the rest tree-shaken away. */
export async function measureTypicalImport() {
  return {
    headless: await bundle(
      {
        contents:
          "export { BillingProvider, useSubscription, useAddOnQuote, useUpdateAddOn, createHttpAdapter } from './src/headless';",
      },
      dependencies,
    ),
    widget: await bundle(
      { contents: "export { BillingProvider, BillingPanel, createHttpAdapter } from './src/index';" },
      dependencies,
    ),
  };
}
