import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';

/** Fails the test on any `console.error` (React errors, act warnings) or unhandled rejection during it. */
export function guardAgainstSilentFailures() {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    rejections.length = 0;
    process.on('unhandledRejection', onRejection);
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(async () => {
    // Let late promise rejections surface before judging.
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', onRejection);
    const logged = consoleError.mock.calls.map((args) => args.map(String).join(' '));
    consoleError.mockRestore();
    expect(rejections, 'unhandled rejections').toEqual([]);
    expect(logged, 'console.error calls').toEqual([]);
  });
}
