// The public surface is deliberate: API Extractor's report of each public entry (api/*.api.md) is
// checked in, and a change to what the entries export (a name, a type, a signature) fails here until
// the report is updated with `npm run api:update` and reviewed in the diff.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the public API report', () => {
  it('matches what the root, headless, core, server, testing and mocks entries export', () => {
    let output = '';
    try {
      output = execFileSync(process.execPath, ['scripts/api-report.mjs'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`npm run api:check failed:\n${stdout}\n${stderr}`);
    }
    expect(output).toContain('The public API matches api/*.api.md.');
  }, 120_000);
});
