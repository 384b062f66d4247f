import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDebouncedValue } from '../../src/react/useDebouncedValue';

function Probe({ value, delayMs, renders }: { value: number; delayMs: number; renders: number[] }) {
  renders.push(useDebouncedValue(value, delayMs));
  return null;
}

describe('useDebouncedValue', () => {
  it('renders once per change when the delay is 0 (the closed dialog rendered twice per Increase click)', () => {
    const renders: number[] = [];
    const view = render(<Probe value={1} delayMs={0} renders={renders} />);
    view.rerender(<Probe value={2} delayMs={0} renders={renders} />);
    view.rerender(<Probe value={3} delayMs={0} renders={renders} />);
    expect(renders).toEqual([1, 2, 3]);
  });

  it('gives the value once it has stopped changing for the delay', async () => {
    const renders: number[] = [];
    const view = render(<Probe value={1} delayMs={20} renders={renders} />);
    view.rerender(<Probe value={2} delayMs={20} renders={renders} />);
    view.rerender(<Probe value={3} delayMs={20} renders={renders} />);
    expect(renders.at(-1)).toBe(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    expect(renders.at(-1)).toBe(3);
    expect(renders).not.toContain(2);
  });
});
