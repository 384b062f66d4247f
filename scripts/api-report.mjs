// The public API report: API Extractor over the declarations `tsc` emits, one `api/<entry>.api.md`
// per public entry, checked in. `npm run api:check` fails when the API differs from the report (a
// change to the surface must be deliberate: update it with `npm run api:update` and commit the diff).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');
/** The report of each public entry, by the declaration file `tsc` emits for it. */
const ENTRIES = {
  'react-billing-widget': 'src/index.d.ts',
  headless: 'src/headless.d.ts',
  core: 'src/core/index.d.ts',
  server: 'src/server/index.d.ts',
  testing: 'src/testing/index.d.ts',
  mocks: 'mocks/index.d.ts',
};

// Its own output folder (not dist/, which a build running meanwhile empties), outside node_modules (which API
// Extractor reads as other packages).
const work = join(root, '.api-report');
const types = join(work, 'types');
rmSync(work, { recursive: true, force: true });
mkdirSync(types, { recursive: true });
mkdirSync(join(root, 'api'), { recursive: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', types, '--declarationMap', 'false'], {
  cwd: root,
  stdio: 'inherit',
});
execFileSync(process.execPath, [join(root, 'scripts', 'fix-dts-imports.mjs'), types], { cwd: root, stdio: 'ignore' });

const failed = [];
for (const [name, entry] of Object.entries(ENTRIES)) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(types, entry),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            strict: true,
            target: 'es2022',
            module: 'esnext',
            moduleResolution: 'bundler',
            jsx: 'react-jsx',
            lib: ['es2023', 'dom', 'dom.iterable'],
            skipLibCheck: true,
            types: [],
          },
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: name,
        reportFolder: join(root, 'api'),
        reportTempFolder: join(work, 'reports'),
      },
      docModel: { enabled: false },
      // LF like every other file here (API Extractor writes CRLF by default).
      newlineKind: 'lf',
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Release tags (@public, @beta) are not how this package marks its surface: the entries are.
        extractorMessageReporting: { 'ae-missing-release-tag': { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false });
  if (!result.succeeded) failed.push(`${name}: ${result.apiReportChanged ? 'the API differs from api/' : 'errors'}`);
}

if (failed.length > 0) {
  console.error(
    `\nThe public API report does not match (${failed.join('; ')}).\n` +
      'If the change is deliberate, run `npm run api:update` and commit api/*.api.md.',
  );
  process.exit(1);
}
console.log(update ? 'API reports written to api/.' : 'The public API matches api/*.api.md.');
