/**
 * `npm run bench:sla`: throughput of `addBusinessMinutes` on the 5x8 calendar against
 * moment-business-time on the same pairs, their agreement, and the memory and build time of a
 * 100-year calendar. Ends with one JSON line for CI. Exits non-zero when the two libraries
 * disagree on a deadline by any open time (instants apart by closed time only are a difference
 * of semantics, not an error), since a fast clock that is wrong is worthless.
 */

import { addBusinessMinutes } from '../server/domain/calendar/clock.js';
import {
  BOGOTA,
  ContractCalendars,
  contractCalendarDefinition,
} from '../server/domain/sla/contract-calendars.js';
import { formatInstant, parseInstant } from '../server/domain/time/instant.js';
import { configureMomentBusinessTime, momentAddBusinessMinutes } from './baseline.js';
import { bytesInUse, canCollectGarbage, formatCount, median, timed, toMb } from './measure.js';
import { mulberry32 } from './prng.js';

const SEED = 20_250_101;
const PAIRS = 1_000_000;
const REPETITIONS = 5;
const MINUTES = [60, 240, 360, 480] as const;
const RANGE = {
  from: parseInstant('2025-01-01T00:00:00-05:00'),
  to: parseInstant('2027-12-31T00:00:00-05:00'),
};
// Deadlines from late 2027 run into 2028, so both libraries know 2028's holidays.
const HOLIDAY_YEARS = { from: 2025, to: 2028 };
const BASELINE_SAMPLE = 10_000;
const BASELINE_WARMUP = 1_000;
const BASELINE_REPETITIONS = 3;
// moment-business-time takes ~0.5 ms a call; more repetitions only if they fit this budget.
const BASELINE_BUDGET_MS = 60_000;
const TARGET = { opsPerSec: 5_000_000, ratio: 1_000, memoryMb: 50 };

interface Pairs {
  readonly starts: Float64Array;
  readonly minutes: Float64Array;
}

type Calendar = ReturnType<ContractCalendars['get']>;

/** Seeded (start, minutes) pairs: whole-second starts uniform over RANGE, minutes from MINUTES. */
function generatePairs(count: number, seed: number): Pairs {
  const random = mulberry32(seed);
  const seconds = (RANGE.to - RANGE.from) / 1000;
  const starts = new Float64Array(count);
  const minutes = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = RANGE.from + Math.floor(random() * seconds) * 1000;
    minutes[i] = MINUTES[Math.floor(random() * MINUTES.length)] as number;
  }
  return { starts, minutes };
}

/**
 * Runs our clock over pairs [0, count) and sums deadline − start: exact in a double (each
 * term is at most days of ms) and a use of every result, so the JIT cannot skip calls.
 */
function runOurs(calendar: Calendar, pairs: Pairs, count: number): number {
  const { starts, minutes } = pairs;
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i] as number;
    checksum += addBusinessMinutes(calendar, start, minutes[i] as number) - start;
  }
  return checksum;
}

/** Same loop for moment-business-time, keeping each deadline for the agreement check. */
function runBaseline(pairs: Pairs, count: number, out: Float64Array): number {
  const { starts, minutes } = pairs;
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i] as number;
    const deadline = momentAddBusinessMinutes(start, minutes[i] as number);
    out[i] = deadline;
    checksum += deadline - start;
  }
  return checksum;
}

/** moment-business-time reads wall time from the host zone; any other zone makes it wrong. */
function assertBogotaHost(): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone !== BOGOTA) {
    console.error(`bench:sla needs TZ=${BOGOTA} (host zone is ${zone}); use npm run bench:sla`);
    process.exit(2);
  }
}

/** Our throughput: years built and JIT warmed first, then the median of REPETITIONS runs. */
function benchOurs(calendar: Calendar, pairs: Pairs): { opsPerSec: number; runs: number[] } {
  calendar.isOpen(RANGE.from);
  calendar.isOpen(RANGE.to);
  const expected = runOurs(calendar, pairs, PAIRS); // warm-up pass; also loads 2028
  const runs: number[] = [];
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const { ms, result } = timed(() => runOurs(calendar, pairs, PAIRS));
    if (result !== expected) throw new Error(`checksum changed: ${result} ≠ ${expected}`);
    runs.push((PAIRS / ms) * 1000);
  }
  return { opsPerSec: median(runs), runs };
}

/** Baseline throughput on the sample; returns its deadlines (from the first timed run). */
function benchBaseline(pairs: Pairs): {
  opsPerSec: number;
  runs: number[];
  deadlines: Float64Array;
} {
  const deadlines = new Float64Array(BASELINE_SAMPLE);
  runBaseline(pairs, BASELINE_WARMUP, deadlines);
  const runs: number[] = [];
  let spent = 0;
  let expected: number | undefined;
  for (let rep = 0; rep < BASELINE_REPETITIONS; rep++) {
    const { ms, result } = timed(() => runBaseline(pairs, BASELINE_SAMPLE, deadlines));
    if (expected !== undefined && result !== expected) {
      throw new Error(`baseline checksum changed: ${result} ≠ ${expected}`);
    }
    expected = result;
    spent += ms;
    runs.push((BASELINE_SAMPLE / ms) * 1000);
    const left = BASELINE_REPETITIONS - rep - 1;
    if (left > 0 && spent + left * ms > BASELINE_BUDGET_MS) break;
  }
  return { opsPerSec: median(runs), runs, deadlines };
}

interface Agreement {
  agree: number;
  semanticDifferences: number;
  disagreements: number;
  semanticExamples: string[];
  disagreementExamples: string[];
}

/**
 * Compares deadlines pair by pair. Different instants count as a semantic difference only when
 * no open time separates them: e.g. our deadline at a window's end (12:00, 18:00) where
 * moment-business-time gives the next window's start. Anything else is a true disagreement.
 */
function compare(calendar: Calendar, pairs: Pairs, theirs: Float64Array): Agreement {
  const result: Agreement = {
    agree: 0,
    semanticDifferences: 0,
    disagreements: 0,
    semanticExamples: [],
    disagreementExamples: [],
  };
  for (let i = 0; i < theirs.length; i++) {
    const start = pairs.starts[i] as number;
    const minutes = pairs.minutes[i] as number;
    const ours = addBusinessMinutes(calendar, start, minutes);
    const other = theirs[i] as number;
    if (ours === other) {
      result.agree++;
      continue;
    }
    const closedOnly =
      Number.isFinite(other) &&
      calendar.businessMsBetween(Math.min(ours, other), Math.max(ours, other)) === 0;
    const example =
      `${formatInstant(start, BOGOTA)} + ${minutes} min: ours ${formatInstant(ours, BOGOTA)}, ` +
      `moment-business-time ${Number.isFinite(other) ? formatInstant(other, BOGOTA) : other}`;
    if (closedOnly) {
      result.semanticDifferences++;
      if (result.semanticExamples.length < 3) result.semanticExamples.push(example);
    } else {
      result.disagreements++;
      if (result.disagreementExamples.length < 5) result.disagreementExamples.push(example);
    }
  }
  return result;
}

/** Builds a fresh 5x8 calendar over 2000–2099; returns the bytes it added and the time taken. */
function buildHundredYears(): { bytes: number; ms: number; years: number; intervals: number } {
  const before = bytesInUse();
  const { ms, result: calendar } = timed(() => {
    const fresh = new ContractCalendars().get('5x8');
    fresh.isOpen(parseInstant('2000-01-03T09:00:00-05:00'));
    fresh.isOpen(parseInstant('2099-12-31T09:00:00-05:00'));
    return fresh;
  });
  const bytes = bytesInUse() - before;
  // Read after measuring, so the calendar is still reachable when the heap is measured.
  const { years, intervals } = calendar.footprint();
  return { bytes, ms, years, intervals };
}

/** "✓" or "✗" for a target line. */
function mark(pass: boolean): string {
  return pass ? '✓' : '✗';
}

function main(): void {
  assertBogotaHost();
  const pairs = generatePairs(PAIRS, SEED);
  const calendar = new ContractCalendars().get('5x8');

  console.log(
    `bench:sla — ${formatCount(PAIRS)} pairs (seed ${SEED}), 5x8 calendar, starts ` +
      `${formatInstant(RANGE.from, BOGOTA)} … ${formatInstant(RANGE.to, BOGOTA)}, ` +
      `minutes ∈ {${MINUTES.join(', ')}}`,
  );

  const ours = benchOurs(calendar, pairs);
  console.log(
    `mesa addBusinessMinutes:       ${formatCount(ours.opsPerSec)} ops/s ` +
      `(median of ${ours.runs.length}: ${ours.runs.map(formatCount).join(', ')})`,
  );

  const holidayCount = configureMomentBusinessTime(
    contractCalendarDefinition('5x8'),
    HOLIDAY_YEARS,
  );
  const baseline = benchBaseline(pairs);
  console.log(
    `moment-business-time:          ${formatCount(baseline.opsPerSec)} ops/s ` +
      `(median of ${baseline.runs.length} on ${formatCount(BASELINE_SAMPLE)} pairs, ` +
      `${holidayCount} holidays ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to}: ` +
      `${baseline.runs.map(formatCount).join(', ')})`,
  );
  const ratio = ours.opsPerSec / baseline.opsPerSec;
  console.log(`ratio:                         ${formatCount(ratio)}×`);

  const agreement = compare(calendar, pairs, baseline.deadlines);
  console.log(
    `agreement on ${formatCount(BASELINE_SAMPLE)} pairs:      ${formatCount(agreement.agree)} agree, ` +
      `${formatCount(agreement.semanticDifferences)} differ by semantics (closed time only), ` +
      `${formatCount(agreement.disagreements)} disagree`,
  );
  for (const example of agreement.semanticExamples) console.log(`  semantics: ${example}`);

  if (!canCollectGarbage()) {
    console.log('(node without --expose-gc: memory figures include uncollected garbage)');
  }
  const cold = buildHundredYears();
  // A second calendar finds the holiday and zone-offset caches warm: its own arrays only.
  const warm = buildHundredYears();
  if (cold.years !== 100 || warm.years !== 100) {
    throw new Error(`expected 100 years loaded, footprint() says ${cold.years} / ${warm.years}`);
  }
  const memoryMb = toMb(cold.bytes);
  console.log(
    `100-year 5x8 calendar (2000–2099): ${memoryMb} MB, built in ${Math.round(cold.ms)} ms ` +
      `(${formatCount(cold.intervals)} intervals; with shared caches warm: ` +
      `${toMb(warm.bytes)} MB in ${Math.round(warm.ms)} ms)`,
  );

  console.log(
    `targets: ${mark(ours.opsPerSec >= TARGET.opsPerSec)} ≥ ${formatCount(TARGET.opsPerSec)} ops/s  ` +
      `${mark(ratio >= TARGET.ratio)} ≥ ${formatCount(TARGET.ratio)}× moment-business-time  ` +
      `${mark(memoryMb < TARGET.memoryMb)} < ${TARGET.memoryMb} MB for 100 years  ` +
      `${mark(agreement.disagreements === 0)} no disagreement`,
  );
  if (agreement.disagreements > 0) {
    console.error(
      `bench:sla FAILED: ${agreement.disagreements} deadlines disagree with moment-business-time`,
    );
    for (const example of agreement.disagreementExamples) console.error(`  ${example}`);
    process.exitCode = 1;
  }

  console.log(
    JSON.stringify({
      bench: 'sla',
      opsPerSec: Math.round(ours.opsPerSec),
      baselineOpsPerSec: Math.round(baseline.opsPerSec),
      ratio: Math.round(ratio),
      agree: agreement.agree,
      semanticDifferences: agreement.semanticDifferences,
      memoryMb100Years: memoryMb,
      build100YearsMs: Math.round(cold.ms),
    }),
  );
}

main();
