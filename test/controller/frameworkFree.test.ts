import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The controller is the framework-free layer (like TanStack's query-core): it must run where no
// React is loaded, so a headless host, a test in Node or another framework's binding can drive it.

const folder = new URL('../../src/controller/', import.meta.url);
const sources = readdirSync(folder).filter((name) => name.endsWith('.ts'));
const REACT_BOUND = /^(react|react-dom|@tanstack\/react-query|@radix-ui\/[^/]+)(\/.*)?$|^zustand$/;

describe('src/controller', () => {
  it.each(sources)('%s imports nothing bound to React (zustand only through zustand/vanilla)', (name) => {
    const source = readFileSync(new URL(name, folder), 'utf8');
    const specifiers = [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'/g)].map(
      (match) => match[1] ?? match[2],
    );
    expect(specifiers.filter((specifier) => specifier && REACT_BOUND.test(specifier))).toEqual([]);
  });

  it('holds the controller and its helpers', () => {
    expect(sources).toContain('createBillingController.ts');
  });
});
