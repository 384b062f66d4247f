// The spec lives in the repository: every link of the README and docs/ lands on a file (and a
// heading) inside it, and nothing points at files outside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenLinks, headingSlugs } from './markdownLinks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
const pages = ['README.md', 'SECURITY.md', ...docs.map((name) => `docs/${name}`)];

/** Every text file we write: sources, tests, stories, scripts, configs and the pages. */
function ourFiles(): string[] {
  const tops = ['src', 'mocks', 'stories', 'test', 'scripts', 'demo', 'bench', 'docs', '.storybook', '.ci'];
  const nested = tops.flatMap((top) =>
    readdirSync(join(root, top), { recursive: true, encoding: 'utf8' }).map((name) => join(top, name)),
  );
  const files = [...nested, 'README.md', 'SECURITY.md', 'package.json', 'vite.config.ts', 'vite.lib.config.ts'];
  return files.filter((file) => statSync(join(root, file)).isFile() && !/\.(png|svg|ico)$/.test(file));
}

describe('the spec in the repository', () => {
  it.each(pages)('%s links only to files and headings inside the repository', (page) => {
    expect(brokenLinks(root, page)).toEqual([]);
  });

  it('lists every page of docs/ in its index', () => {
    const index = readFileSync(join(root, 'docs/README.md'), 'utf8');
    for (const name of docs.filter((doc) => doc !== 'README.md')) expect(index, name).toContain(`](${name})`);
  });

  it('points the README at docs/ for the spec', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](docs/README.md)');
  });

  it('has no reference to a folder beside the repository in any file we write', () => {
    // Assembled, so this file does not name what it looks for.
    const outside = new RegExp(['\\.\\./', 'shared'].join(''));
    const contract = new RegExp(['shared/', 'contract'].join(''));
    const offenders = ourFiles().filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return outside.test(text) || contract.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('ships docs/ and the pages its links reach in the package', () => {
    const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(files).toEqual(expect.arrayContaining(['docs', 'SECURITY.md']));
  });
});

describe('the link checker', () => {
  it('finds a link to a missing file, a heading that is not there, and one that leaves the repository', () => {
    expect(headingSlugs('# 1. What it is\n## Next.js (App Router)\n```\n# not a heading\n```\n')).toEqual([
      '1-what-it-is',
      'nextjs-app-router',
    ]);
    const page = join('test', 'docs', 'fixtures', 'broken.md');
    expect(existsSync(join(root, page)), page).toBe(true);
    expect(brokenLinks(root, page)).toEqual([
      'missing.md: no such file',
      'ok.md#nowhere: no such heading',
      '../../../../outside.md: outside the repository',
    ]);
  });
});
