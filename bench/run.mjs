// `npm run bench`: prints every figure, then fails (exit 1) only when one is over its budget
// in bench/budgets.json. `--no-browser` skips the Chromium part, `--no-server` the server kit's.
import { readFileSync } from 'node:fs';
import { measureBrowser } from './browser.mjs';
import { measureServer, printServerFigures } from './server.mjs';
import { measureSizes, measureTypicalImport } from './size.mjs';

const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const over = [];
const kb = (value) => `${value.toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

/** Prints one figure and records it when over budget (or under it, for an `atLeast` budget such as a rate). */
function figure(label, value, format, budget, direction = 'atMost') {
  const atLeast = direction === 'atLeast';
  const fails = budget !== undefined && (atLeast ? value < budget : value > budget);
  const word = atLeast ? 'minimum' : 'budget';
  const verdict =
    budget === undefined
      ? ''
      : fails
        ? `  ${atLeast ? 'UNDER' : 'OVER'} ${word} ${format(budget)}`
        : `  (${word} ${format(budget)})`;
  console.log(`  ${label.padEnd(58)} ${format(value).padStart(10)}${verdict}`);
  if (fails) over.push(`${label}: ${format(value)} ${atLeast ? '<' : '>'} ${format(budget)}`);
}

console.log('\nBundle size, minified + gzip (esbuild, level-9 gzip)');
const size = await measureSizes();
const typical = await measureTypicalImport();
figure('core entry, own code (src/core/index.ts; valibot external)', size.core.gzipKB, kb);
figure('core entry with valibot bundled', size.coreWithValibot.gzipKB, kb);
figure(
  'headless entry, own code (src/headless.ts; deps external)',
  size.headlessOwn.gzipKB,
  kb,
  budgets.size.headlessOwnKB,
);
printModules(size.headlessOwn);
figure(
  '  of it, a host importing provider + 3 hooks + HTTP adapter',
  typical.headless.gzipKB,
  kb,
  budgets.size.typicalHeadlessKB,
);
figure('full widget, own code (src/index.ts; deps external)', size.widgetOwn.gzipKB, kb, budgets.size.widgetOwnKB);
printModules(size.widgetOwn);
figure(
  '  of it, a host importing provider + panel + HTTP adapter',
  typical.widget.gzipKB,
  kb,
  budgets.size.typicalWidgetKB,
);
figure('full widget styles.css (minified)', size.widgetCss.gzipKB, kb);
figure(
  'full widget + every dependency but react/react-dom',
  size.widgetWithDependencies.gzipKB,
  kb,
  budgets.size.widgetWithDependenciesKB,
);
figure('one locale, own code (src/locales/ar.ts; not in the root)', size.locale.gzipKB, kb);
console.log(
  '  for comparison (published figures, not measured here): Schematic components 164 KB, Stigg React SDK 542 KB',
);

if (!process.argv.includes('--no-browser')) {
  const browser = await measureBrowser({
    runs: budgets.clickToPaint.runs,
    displayRuns: budgets.clickToPaint.displayRuns,
  });
  console.log(`\nIn Chromium ${browser.chromium} (headless; production React; memory adapter with 20 ms latency)`);
  const work = browser.clickToPaint.unthrottled;
  console.log(
    `  click on Increase units → new total painted, over ${work.runs} clicks, frames unthrottled (our work):`,
  );
  figure('median', work.medianMs, ms, budgets.clickToPaint.medianMs);
  figure('p95', work.p95Ms, ms, budgets.clickToPaint.p95Ms);
  figure('min / max', work.minMs, (value) => `${ms(value)} / ${ms(work.maxMs)}`);
  figure('clicks slower than one 60 Hz frame (16.7 ms)', work.overOneFrame, (value) => `${value} of ${work.runs}`);
  const display = browser.clickToPaint.display;
  console.log("  the same at the display's 60 Hz (adds the wait for the next vsync, 0–16.7 ms):");
  figure('median', display.medianMs, ms);
  figure('p95', display.p95Ms, ms);
  figure('min / max', display.minMs, (value) => `${ms(value)} / ${ms(display.maxMs)}`);
  figure('clicks slower than one frame', display.overOneFrame, (value) => `${value} of ${display.runs}`);
  console.log('  requests');
  figure('on opening the panel (all calls)', sum(browser.requests.onOpen), String, budgets.requests.onOpeningThePanel);
  figure('on opening the stepper (new calls)', sum(browser.requests.onStepper) - sum(browser.requests.onOpen), String);
  figure(
    'quote requests for 10 rapid Increase clicks',
    browser.requests.quotesForRapid,
    String,
    budgets.requests.quotesFor10RapidClicks,
  );
  console.log('  components rendered per Increase click (React commits seen by a DevTools hook)');
  printRenders('at the click', browser.renders.click);
  printRenders('click + the debounced quote landing', browser.renders.afterQuote);
  printRenders('10 rapid clicks + their one quote', browser.renders.rapid);
  const forbidden = budgets.renders.forbiddenPerIncrease;
  const seen = Object.keys(browser.renders.afterQuote.counts).map((name) => name.replace(/ \(mount\)$/, ''));
  const wrong = seen.filter((name) => forbidden.includes(name));
  figure('panel-level components re-rendered by a click', wrong.length, String, 0);
  if (wrong.length) console.log(`    re-rendered: ${wrong.join(', ')}`);
  if (browser.errors.length) {
    console.log(`  page errors: ${browser.errors.join('; ')}`);
    over.push('the bench page threw');
  }
}

if (!process.argv.includes('--no-server')) {
  console.log('\nServer kit on loopback (load generators here, each server in a process of its own)');
  printServerFigures(await measureServer(), figure, budgets.server);
}

function sum(calls) {
  return Object.values(calls).reduce((total, count) => total + count, 0);
}

/** The largest source files of a bundle (minified, before gzip), on one line. */
function printModules({ modules, minKB }) {
  const top = modules.slice(0, 8).map(({ file, minKB: size }) => `${file.replace(/^src\//, '')} ${size.toFixed(1)}`);
  console.log(`    minified ${minKB.toFixed(1)} KB, largest files (KB): ${top.join(', ')}`);
}

function printRenders(label, { commits, counts }) {
  const list = Object.entries(counts)
    .map(([name, count]) => `${name}×${count}`)
    .join(', ');
  console.log(`    ${label}: ${commits} commits: ${list || 'nothing'}`);
}

if (over.length) {
  console.log(`\nOver budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log('\nEvery figure is within its budget.');
