import type { CheckOutcome, CheckResult } from './types';

/** Thrown inside a check to fail it; its message is the check's `detail`. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

/** Thrown inside a check that finds it cannot run here; its message says why. */
export class CheckSkipped extends Error {
  override name = 'CheckSkipped';
}

/** Fails the current check with `detail` unless `condition` holds. */
export function expectThat(condition: boolean, detail: () => string): asserts condition {
  if (!condition) throw new CheckFailure(detail());
}

/** Runs every part in turn and fails with all their failures at once, so one detail names each broken case. */
export async function allOf(parts: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  const problems: string[] = [];
  for (const part of parts) {
    try {
      await part();
    } catch (error) {
      if (!(error instanceof CheckFailure)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new CheckFailure(problems.join('; '));
}

/** A part of a check whose failure starts with `label`, to tell the cases of one check apart. */
export function labelled(label: string, part: () => Promise<unknown>): () => Promise<void> {
  return async () => {
    try {
      await part();
    } catch (error) {
      if (!(error instanceof CheckFailure)) throw error;
      throw new CheckFailure(`${label}: ${error.message}`);
    }
  };
}

/** A check's body: resolves to a detail worth showing beside a pass, or nothing. */
export type CheckBody = () => Promise<string | undefined>;

/** Runs checks one after another and keeps their outcomes in order. */
export interface CheckRunner {
  /** Runs a check; resolves to whether it passed (never rejects). */
  check(name: string, body: CheckBody): Promise<boolean>;
  /** Records a check that cannot run, with the reason. */
  skip(name: string, reason: string): void;
  /** Every outcome so far, in order. */
  readonly results: readonly CheckResult[];
}

/** An error in a check body that is not a `CheckFailure`: a bug in the checks, said as it is. */
function unexpected(error: unknown): string {
  return `the check itself failed: ${error instanceof Error ? error.message : String(error)}`;
}

export function createCheckRunner(): CheckRunner {
  const results: CheckResult[] = [];
  const record = (name: string, outcome: CheckOutcome, detail: string | undefined) => {
    results.push(detail ? { name, outcome, detail } : { name, outcome });
  };
  return {
    results,
    async check(name, body) {
      try {
        record(name, 'passed', await body());
        return true;
      } catch (error) {
        if (error instanceof CheckSkipped) record(name, 'skipped', error.message);
        else record(name, 'failed', error instanceof CheckFailure ? error.message : unexpected(error));
        return false;
      }
    },
    skip(name, reason) {
      record(name, 'skipped', reason);
    },
  };
}
