import type { UpdateKeys } from './updateKeys';

/**
 * Updates started or finished on a subscription, kept in its metadata so a retried PUT is recognised
 * even after the state moved on (where the signed quote alone would answer `conflict`).
 * One metadata value: `key.request.minutes.status` entries, newest last, within Stripe's 500 characters.
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
}

const STATUS_CODES: Record<MarkStatus, string> = { started: 's', done: 'd', failed: 'f' };
const STATUS_BY_CODE: Record<string, MarkStatus> = { s: 'started', d: 'done', f: 'failed' };

/** The marks in a subscription's metadata; entries that do not parse are ignored. */
export function readMarks(metadata: Record<string, string> | null | undefined): UpdateMark[] {
  const value = metadata?.[MARKS_METADATA_KEY] ?? '';
  return value
    .split(' ')
    .map((entry) => entry.split('.'))
    .flatMap(([key, request, minutes, code]) => {
      const status = STATUS_BY_CODE[code ?? ''];
      const startedAt = Number.parseInt(minutes ?? '', 36);
      return key && request && status && Number.isSafeInteger(startedAt) ? [{ key, request, startedAt, status }] : [];
    });
}

/** The metadata value with `mark` set (replacing an entry for the same key), oldest entries dropped to fit. */
export function writeMarks(marks: readonly UpdateMark[], mark: UpdateMark): string {
  const entries = [...marks.filter((candidate) => candidate.key !== mark.key), mark].map(
    (entry) => `${entry.key}.${entry.request}.${entry.startedAt.toString(36)}.${STATUS_CODES[entry.status]}`,
  );
  while (entries.join(' ').length > MAX_LENGTH) entries.shift();
  return entries.join(' ');
}

/** A new mark for an update starting at `now`. */
export function startMark(keys: UpdateKeys, now: Date): UpdateMark {
  return { key: keys.mark, request: keys.request, startedAt: Math.floor(now.getTime() / 60_000), status: 'started' };
}
