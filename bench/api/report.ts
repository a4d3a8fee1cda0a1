/**
 * What the benchmark prints: aligned human-readable lines as figures arrive, PASS/FAIL per
 * target of the issue, and at the end one JSON line with every figure (`{"bench":"api",…}`).
 */

import { formatCount } from '../measure.js';
import type { ListCase } from './list-cases.js';
import type { LoadFigure } from './load.js';
import type { StoreFigure } from './store-bench.js';

export interface TargetCheck {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const LABEL_WIDTH = 56;

export class Report {
  private readonly figures: { [key: string]: Json } = { bench: 'api' };
  private readonly checks: TargetCheck[] = [];

  /** A line for people. */
  print(text: string): void {
    console.log(text);
  }

  section(title: string): void {
    console.log(`\n${title}`);
  }

  /** Records a figure in the JSON line under a path of keys, e.g. `['sqlite', 'http', 'post']`. */
  record(path: readonly string[], value: unknown): void {
    let node = this.figures;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next === undefined || next === null || typeof next !== 'object' || Array.isArray(next)) {
        node[key] = {};
      }
      node = node[key] as { [key: string]: Json };
    }
    const last = path.at(-1);
    if (last === undefined) throw new Error('record needs a path');
    node[last] = JSON.parse(JSON.stringify(value)) as Json;
  }

  /** A target of the issue: printed now and listed again at the end. */
  check(name: string, pass: boolean, detail: string): void {
    this.checks.push({ name, pass, detail });
  }

  /** One load run: throughput, latency, and its ratio to the hello baseline. */
  load(label: string, figure: LoadFigure, baseline: LoadFigure | null): void {
    const ratio = baseline ? ` ${ratioText(figure.reqPerSec / baseline.reqPerSec)} of hello` : '';
    const bad =
      figure.non2xx + figure.errors + figure.timeouts > 0
        ? `  ✗ ${figure.non2xx} non-2xx (first ${figure.firstBadStatus ?? '–'}), ` +
          `${figure.errors} errors, ${figure.timeouts} timeouts`
        : '';
    this.print(
      `  ${label.padEnd(LABEL_WIDTH)} ${formatCount(figure.reqPerSec).padStart(7)} req/s  ` +
        `${latencyText(figure)}${ratio}${bad}`,
    );
  }

  /** The same request one connection at a time, under the line of its loaded run. */
  alone(figure: LoadFigure): void {
    this.print(
      `  ${'  └ one connection at a time'.padEnd(LABEL_WIDTH)} ` +
        `${formatCount(figure.reqPerSec).padStart(7)} req/s  ${latencyText(figure)}`,
    );
  }

  /** One store-level case. */
  store(listCase: ListCase, figure: StoreFigure, tickets: number, runs: number): void {
    const share = tickets > 0 ? (figure.matches / tickets) * 100 : 0;
    const matches = `${formatCount(figure.matches)} match (${share.toFixed(share < 1 ? 3 : 1)} %)`;
    const cut = figure.runs < runs ? ` (time budget: ${figure.runs} runs)` : '';
    this.print(
      `  ${listCase.label.padEnd(LABEL_WIDTH)} ${latencyText(figure)}  ${matches}, ` +
        `page of ${figure.pageRows}${cut}`,
    );
  }

  /** Plan lines, indented under the figure they explain. */
  plan(lines: readonly string[]): void {
    for (const line of lines) this.print(`      │ ${line}`);
  }

  /** Every target with PASS or FAIL; returns how many failed. */
  printTargets(): number {
    this.section('Targets (issue 3, "Speed")');
    for (const check of this.checks) {
      this.print(`  ${check.pass ? 'PASS' : 'FAIL'}  ${check.name.padEnd(58)} ${check.detail}`);
    }
    const failed = this.checks.filter((c) => !c.pass).length;
    this.record(
      ['targets'],
      Object.fromEntries(this.checks.map((c) => [c.name, c.pass ? 'PASS' : 'FAIL'])),
    );
    return failed;
  }

  jsonLine(): string {
    return JSON.stringify(this.figures);
  }
}

function latencyText(figure: { p50: number; p95: number; p99: number }): string {
  const ms = (value: number): string => value.toFixed(2).padStart(7);
  return `p50 ${ms(figure.p50)}  p95 ${ms(figure.p95)}  p99 ${ms(figure.p99)} ms`;
}

function ratioText(ratio: number): string {
  return ratio >= 0.1 ? `${(ratio * 100).toFixed(0)} %` : `${(ratio * 100).toFixed(1)} %`;
}
