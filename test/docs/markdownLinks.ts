import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlugs(markdown: string): string[] {
  const outsideFences = markdown.split(/^```.*$/m).filter((_, index) => index % 2 === 0);
  return outsideFences.flatMap((part) =>
    [...part.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading = '']) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
}

/** The relative links of `page` (a path under `root`) that do not land on a file and heading inside `root`. */
export function brokenLinks(root: string, page: string): string[] {
  const file = join(root, page);
  const markdown = readFileSync(file, 'utf8');
  const broken: string[] = [];
  for (const [, target = ''] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path = '', anchor] = target.split('#');
    const resolved = path ? resolve(dirname(file), path) : file;
    if (relative(root, resolved).startsWith(`..${sep}`)) broken.push(`${target}: outside the repository`);
    else if (!existsSync(resolved)) broken.push(`${target}: no such file`);
    else if (anchor && resolved.endsWith('.md') && !headingSlugs(readFileSync(resolved, 'utf8')).includes(anchor)) {
      broken.push(`${target}: no such heading`);
    }
  }
  return broken;
}
