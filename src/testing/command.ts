import type { CheckResult, VerifyBillingApiOptions } from './types';
import { verifyBillingApi } from './verifyBillingApi';

// `billing-widget-verify`, the contract checks from the command line. Written against nothing but
// the Fetch API and strings, so the testing entry stays free of Node's modules; the `bin` file
// only hands it process.argv and sets the exit code.

/** The command's usage line. */
export const VERIFY_USAGE =
  'Usage: billing-widget-verify <baseUrl> [--header "Name: value"]… [--allow-charges] [--proration]';

const HELP = [
  VERIFY_USAGE,
  '',
  'Runs the contract checks of react-billing-widget against a live billing API, e.g.',
  '  npx billing-widget-verify http://localhost:3000/api/billing --header "Authorization: Bearer <token>"',
  '',
  '  --header, -H "Name: value"  a header that identifies a customer with a subscription (repeatable);',
  '                              the 401 check sends requests without them',
  '  --allow-charges             also run the checks that charge the payment method on file: one',
  '                              increase of one unit, charged and kept (add-ons are non-refundable).',
  '                              Only against a test-mode backend.',
  '  --proration                 the backend charges an increase a prorated share of its price for the',
  '                              rest of the period: a quote due above 0 and up to the full price passes.',
  '',
  'Every other change it makes is undone. Exit code: 0 when no check failed, 1 when one did, 2 on bad usage.',
].join('\n');

/** What the command was asked to do. */
export type VerifyArguments =
  | { kind: 'verify'; options: VerifyBillingApiOptions }
  | { kind: 'help' }
  | { kind: 'usage'; problem: string };

// A header name is an HTTP token (RFC 9110).
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/** Reads the command's arguments (without `node` and the script). */
export function parseVerifyArguments(argv: readonly string[]): VerifyArguments {
  const urls: string[] = [];
  const headers: Record<string, string> = {};
  let allowCharges = false;
  let proration = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    if (argument === '--allow-charges') {
      allowCharges = true;
      continue;
    }
    if (argument === '--proration') {
      proration = true;
      continue;
    }
    const inline = argument.startsWith('--header=') ? argument.slice('--header='.length) : undefined;
    if (inline !== undefined || argument === '--header' || argument === '-H') {
      const value = inline ?? argv[++index];
      const match = value === undefined ? null : HEADER.exec(value);
      if (!match?.[2])
        return { kind: 'usage', problem: `a --header is "Name: value", got ${JSON.stringify(value ?? '')}` };
      headers[match[1] as string] = match[2];
      continue;
    }
    if (argument.startsWith('-')) return { kind: 'usage', problem: `unknown option ${argument}` };
    urls.push(argument);
  }
  if (urls.length !== 1) {
    return { kind: 'usage', problem: urls.length === 0 ? 'the base URL is missing' : 'give one base URL' };
  }
  const baseUrl = urls[0] as string;
  const protocol = URL.canParse(baseUrl) ? new URL(baseUrl).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') {
    return { kind: 'usage', problem: `the base URL must be an absolute http(s) URL, got ${baseUrl}` };
  }
  return { kind: 'verify', options: { baseUrl, headers, allowCharges, ...(proration && { proration }) } };
}

const MARKS = { passed: '✓', failed: '✗', skipped: 'skipped' } as const;

/** One line of the report: `✓ name — detail`, `✗ …`, `skipped …`. */
export function formatCheckLine(check: CheckResult): string {
  return `${MARKS[check.outcome]} ${check.name}${check.detail ? ` — ${check.detail}` : ''}`;
}

/** Where the command writes, and the fetch it uses: the process's by default. */
export interface VerifyCommandIo {
  /** Writes a line of the report. Default `console.log`. */
  out?: (line: string) => void;
  /** Writes a usage problem. Default `console.error`. */
  err?: (line: string) => void;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

/** Runs `billing-widget-verify` with `argv`; resolves to its exit code (0 nothing failed, 1 a check failed, 2 bad usage). */
export async function runVerifyCommand(argv: readonly string[], io: VerifyCommandIo = {}): Promise<number> {
  const out = io.out ?? console.log;
  const err = io.err ?? console.error;
  const parsed = parseVerifyArguments(argv);
  if (parsed.kind === 'help') {
    out(HELP);
    return 0;
  }
  if (parsed.kind === 'usage') {
    err(`billing-widget-verify: ${parsed.problem}`);
    err(VERIFY_USAGE);
    return 2;
  }
  const { options } = parsed;
  const kept = options.allowCharges ? ', except one increase: charged and kept (add-ons are non-refundable)' : '';
  out(`Checking the billing API at ${options.baseUrl}; changes made are undone${kept}.`);
  const result = await verifyBillingApi({ ...options, ...(io.fetch ? { fetch: io.fetch } : {}) });
  for (const check of result.checks) out(formatCheckLine(check));
  const { passed, failed, skipped } = result;
  out(`${result.checks.length} checks: ${passed.length} passed, ${failed.length} failed, ${skipped.length} skipped.`);
  return failed.length === 0 ? 0 : 1;
}
