// Adds file extensions to the relative imports of the emitted declarations (`./store` →
// `./store.js`, `../core` → `../core/index.js`). tsc keeps specifiers as written, and our sources
// use bundler-style ones, which TypeScript's node16/nodenext resolution refuses in an ESM package.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/types');
const specifier = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function withExtension(file, spec) {
  if (/\.(js|mjs|cjs|json)$/.test(spec)) return spec;
  const base = resolve(dirname(file), spec);
  if (existsSync(`${base}.d.ts`)) return `${spec}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${spec}/index.js`;
  throw new Error(`${file}: cannot resolve the declaration import "${spec}"`);
}

let changed = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(
    specifier,
    (_, lead, quote, spec) => `${lead}${quote}${withExtension(file, spec)}${quote}`,
  );
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
  }
}
console.log(`fix-dts-imports: ${changed} declaration files updated under ${root}`);
