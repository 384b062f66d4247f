import type { UpdateKeys } from './updateKeys';

/**
 * Updates started or finished on a subscription, kept in its metadata so a retried PUT is recognised
 * even after the state moved on (where the signed quote alone would answer `conflict`), and answers
 * as it did the first time. One metadata value of `key.request.minutes.status.units.scheduled`
 * entries, newest last, within Stripe's 500 characters.
 */
export const MARKS_METADATA_KEY = 'rbw_updates';
const MAX_LENGTH = 500;

/** `started`: charging or scheduling is under way; `done`: applied; `failed`: the payment was declined. */
export type MarkStatus = 'started' | 'done' | 'failed';

export interface UpdateMark {
  key: string;
  request: string;
  /** When it started, in minutes since the epoch. */
  startedAt: number;
  status: MarkStatus;
  /** Once done: the add-on's units and scheduled units in the answer, to answer a replay alike. */
  result?: { units: number; scheduledUnits: number | null };
}

const STATUS_CODES: Record<MarkStatus, string> = { started: 's', done: 'd', failed: 'f' };
const STATUS_BY_CODE: Record<string, MarkStatus> = { s: 'started', d: 'done', f: 'failed' };
const NONE = '-';

const base36 = (value: string | undefined): number => (value ? Number.parseInt(value, 36) : Number.NaN);

function parseResult(units: string | undefined, scheduled: string | undefined): UpdateMark['result'] {
  const unitCount = base36(units);
  const scheduledUnits = scheduled === NONE ? null : base36(scheduled);
  if (!Number.isSafeInteger(unitCount) || (scheduledUnits !== null && !Number.isSafeInteger(scheduledUnits))) {
    return undefined;
  }
  return { units: unitCount, scheduledUnits };
}

/** The marks in a subscription's metadata; entries that do not parse are ignored. */
export function readMarks(metadata: Record<string, string> | null | undefined): UpdateMark[] {
  const value = metadata?.[MARKS_METADATA_KEY] ?? '';
  return value
    .split(' ')
    .map((entry) => entry.split('.'))
    .flatMap(([key, request, minutes, code, units, scheduled]): UpdateMark[] => {
      const status = STATUS_BY_CODE[code ?? ''];
      const startedAt = base36(minutes);
      if (!key || !request || !status || !Number.isSafeInteger(startedAt)) return [];
      const result = parseResult(units, scheduled);
      return [{ key, request, startedAt, status, ...(result && { result }) }];
    });
}

function entryOf(mark: UpdateMark): string {
  const fields = [mark.key, mark.request, mark.startedAt.toString(36), STATUS_CODES[mark.status]];
  if (mark.result) {
    fields.push(mark.result.units.toString(36), mark.result.scheduledUnits?.toString(36) ?? NONE);
  }
  return fields.join('.');
}

/** The metadata value with `mark` set (replacing an entry for the same key), oldest entries dropped to fit. */
export function writeMarks(marks: readonly UpdateMark[], mark: UpdateMark): string {
  const entries = [...marks.filter((candidate) => candidate.key !== mark.key), mark].map(entryOf);
  while (entries.join(' ').length > MAX_LENGTH) entries.shift();
  return entries.join(' ');
}

/** A new mark for an update starting at `now`. */
export function startMark(keys: UpdateKeys, now: Date): UpdateMark {
  return { key: keys.mark, request: keys.request, startedAt: Math.floor(now.getTime() / 60_000), status: 'started' };
}
