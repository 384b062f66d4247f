import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import { guardAgainstSilentFailures } from '../support/faultGuards';
import { renderPanel } from '../support/mockBackend';

guardAgainstSilentFailures();

const PLAN = '<img src=x onerror="window.__pwned=1">Basic';
const ADD_ON = '<script>window.__pwned=1</script><b>Credits</b>';

describe('names from the billing service are text, never markup', () => {
  it('renders plan and add-on names containing markup and script as text, in the panel and the dialog', async () => {
    const subscription = basicSubscription({
      plan: { ...basicSubscription().plan, name: PLAN },
      addOns: [basicCreditsAddOn({ name: ADD_ON })],
    });
    const { container } = renderPanel({ adapter: createMemoryAdapter({ subscription }) });
    expect(await screen.findByText(PLAN)).toBeInTheDocument();
    expect(screen.getByText(ADD_ON)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Upgrade Credits' }));
    expect(screen.getByRole('spinbutton', { name: `${ADD_ON} units` })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Increase units' }));
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(new RegExp(ADD_ON.replace(/[()[\]/.*+?^$|\\]/g, '\\$&')))).toBeInTheDocument();
    for (const root of [container, dialog]) {
      expect(root.querySelector('img, script, b')).toBeNull();
    }
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no way for markup into the DOM in the sources', () => {
  it('uses no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write or eval in src/', () => {
    const files = sourceFiles(join(process.cwd(), 'src'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
