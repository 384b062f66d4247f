import { describe, expect, it } from 'vitest';
import { MARKS_METADATA_KEY, readMarks, type UpdateMark, writeMarks } from '../../../src/server/stripe/updateMarks';

const mark = (index: number, overrides: Partial<UpdateMark> = {}): UpdateMark => ({
  key: `key${String(index).padStart(13, '0')}`,
  request: 'req12345',
  startedAt: 29_400_000 + index,
  status: 'done',
  result: { units: index % 7, scheduledUnits: index % 2 ? null : 1 },
  ...overrides,
});

describe('update marks in subscription metadata', () => {
  it('reads back what it wrote, with and without a result', () => {
    const started = mark(1, { status: 'started', result: undefined });
    const failed = mark(2, { status: 'failed', result: undefined });
    const read = (value: string) => readMarks({ [MARKS_METADATA_KEY]: value });
    const value = writeMarks(read(writeMarks([], started)), failed);
    expect(read(writeMarks(read(value), mark(3)))).toEqual([started, failed, mark(3)]);
  });

  it('replaces the entry of the same update rather than adding a second', () => {
    const value = writeMarks([mark(1, { status: 'started', result: undefined })], mark(1));
    expect(readMarks({ [MARKS_METADATA_KEY]: value })).toEqual([mark(1)]);
  });

  it("drops the oldest entries to stay within Stripe's 500 characters, keeping the newest", () => {
    let marks: UpdateMark[] = [];
    for (let index = 0; index < 40; index += 1) {
      const value = writeMarks(marks, mark(index));
      expect(value.length).toBeLessThanOrEqual(500);
      marks = readMarks({ [MARKS_METADATA_KEY]: value });
    }
    expect(marks.at(-1)).toEqual(mark(39));
    expect(marks.length).toBeGreaterThanOrEqual(10);
  });

  it('ignores entries it cannot read (edited by hand) instead of failing', () => {
    const value = `garbage ${writeMarks([], mark(5))} a.b.c.x  ..`;
    expect(readMarks({ [MARKS_METADATA_KEY]: value })).toEqual([mark(5)]);
    expect(readMarks(null)).toEqual([]);
    expect(readMarks({})).toEqual([]);
  });
});
