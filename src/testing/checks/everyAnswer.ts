import { errorBodyProblem, errorCodeOf, statusMatchesCode } from '../answers';
import type { ApiAnswer } from '../apiClient';
import { CheckFailure } from '../checkRunner';
import type { VerifyContext } from '../context';

// Rules every answer keeps (contract sections 4 and 7), checked over all the answers the other
// checks received: run last.

/** How many offending answers a detail lists before it only counts the rest. */
const LISTED = 3;

function failIfAny(offenders: string[]): void {
  if (offenders.length === 0) return;
  const rest = offenders.length > LISTED ? `; and ${offenders.length - LISTED} more` : '';
  throw new CheckFailure(`${offenders.slice(0, LISTED).join('; ')}${rest}`);
}

function jsonAndNoStore(answer: ApiAnswer): string | null {
  const type = answer.headers.get('Content-Type') ?? '';
  const cacheControl = answer.headers.get('Cache-Control');
  const json = /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type) && answer.body !== undefined;
  const noStore = (cacheControl ?? '').split(',').some((directive) => directive.trim().toLowerCase() === 'no-store');
  const problems = [
    json ? null : `Content-Type ${type || 'missing'}${answer.body === undefined ? ', not JSON' : ''}`,
    noStore ? null : `Cache-Control ${cacheControl ?? 'missing'}`,
  ].filter(Boolean);
  return problems.length > 0 ? `${answer.request} answered ${answer.status} with ${problems.join(' and ')}` : null;
}

function errorBodyWithItsStatus(answer: ApiAnswer): string | null {
  const problem = errorBodyProblem(answer);
  const code = errorCodeOf(answer);
  if (problem || !code) return `${answer.request} answered ${answer.status}: ${problem}`;
  // A 405 has no code of its own in the contract: its body only has to be an error body.
  if (answer.status === 405 || statusMatchesCode(answer.status, code)) return null;
  return `${answer.request} answered ${code} with status ${answer.status}`;
}

export async function checkEveryAnswer(context: VerifyContext): Promise<void> {
  const { api, runner } = context;
  await runner.check('Every answer is JSON with Cache-Control: no-store', async () => {
    failIfAny(api.answers.flatMap((answer) => jsonAndNoStore(answer) ?? []));
    return `${api.answers.length} answers`;
  });
  await runner.check(
    'Every error answer is { "error": { "code", "message" } } with the status of its code',
    async () => {
      const errors = api.answers.filter((answer) => answer.status >= 400);
      failIfAny(errors.flatMap((answer) => errorBodyWithItsStatus(answer) ?? []));
      return `${errors.length} error answers`;
    },
  );
}
