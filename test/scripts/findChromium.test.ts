import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, isExecutable, systemCandidates } from '../../scripts/chromium/findChromium.mjs';

/** A lookup on a machine whose executables are `present`, nothing else. */
function lookup(present: string[], env: Record<string, string | undefined>, managed?: string) {
  return findChromium({
    env,
    platform: 'linux',
    home: '/home/ada',
    executable: (file) => present.includes(file),
    managedPath: () => managed,
  });
}

const MANAGED = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('the Chromium lookup', () => {
  it('looks for each name on PATH in turn: chromium, chromium-browser, google-chrome', () => {
    const candidates = systemCandidates({ env: { PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux' });
    expect(candidates.slice(0, 6)).toEqual([
      '/usr/local/bin/chromium',
      '/usr/bin/chromium',
      '/usr/local/bin/chromium-browser',
      '/usr/bin/chromium-browser',
      '/usr/local/bin/google-chrome',
      '/usr/bin/google-chrome',
    ]);
  });

  it('finds the system Chromium before Google Chrome, wherever each is on PATH', () => {
    const found = lookup(['/usr/local/bin/google-chrome', '/usr/bin/chromium'], { PATH: '/usr/local/bin:/usr/bin' });
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'system', executable: true });
  });

  it('takes CHROMIUM_PATH over a system Chromium', () => {
    const found = lookup(['/opt/chrome/chrome', '/usr/bin/chromium'], {
      CHROMIUM_PATH: '/opt/chrome/chrome',
      PATH: '/usr/bin',
    });
    expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH', executable: true });
  });

  it('keeps a CHROMIUM_PATH that is wrong, marked not executable, instead of quietly using another', () => {
    const found = lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/missing/chrome', PATH: '/usr/bin' });
    expect(found).toEqual({ path: '/opt/missing/chrome', source: 'CHROMIUM_PATH', executable: false });
  });

  it("uses Playwright's Chromium only when no system one is found", () => {
    expect(lookup(['/usr/bin/chromium', MANAGED], { PATH: '/usr/bin' }, MANAGED)?.source).toBe('system');
    expect(lookup([MANAGED], { PATH: '/usr/bin' }, MANAGED)).toEqual({
      path: MANAGED,
      source: 'playwright',
      executable: true,
    });
  });

  it("finds nothing when Playwright's Chromium is only a path in its registry, not installed", () => {
    expect(lookup([], { PATH: '/usr/bin' }, MANAGED)).toBeUndefined();
    expect(lookup([], {}, undefined)).toBeUndefined();
  });

  it('looks in the app bundles on macOS and the install folders on Windows', () => {
    expect(systemCandidates({ env: { PATH: '' }, platform: 'darwin', home: '/Users/ada' })).toContain(
      '/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const windows = systemCandidates({
      env: { Path: 'C:\\Tools', PROGRAMFILES: 'C:\\Program Files' },
      platform: 'win32',
    });
    expect(windows[0]).toBe('C:\\Tools\\chrome.exe');
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
});

describe('an executable on disk', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it.skipIf(process.platform === 'win32')('is a file with the execute bit, not a folder or a plain file', () => {
    folder = mkdtempSync(join(tmpdir(), 'rbw-find-'));
    const plain = join(folder, 'chromium');
    writeFileSync(plain, '');
    mkdirSync(join(folder, 'google-chrome'));
    expect(isExecutable(plain)).toBe(false);
    expect(isExecutable(join(folder, 'google-chrome'))).toBe(false);
    expect(findChromium({ env: { PATH: folder }, platform: 'linux', managedPath: () => undefined })).toBeUndefined();
    chmodSync(plain, 0o755);
    expect(findChromium({ env: { PATH: folder }, platform: 'linux', managedPath: () => undefined })?.path).toBe(plain);
  });
});
