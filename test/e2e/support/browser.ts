/**
 * Debian's chromium driven by playwright-core, one browser per test file. Without
 * /usr/bin/chromium the journeys are skipped LOUDLY on a developer machine and fail under CI
 * (like the PostgreSQL suites): CI installs chromium in .ci/run and must never skip them.
 */

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './chromium.js';

export { launchBrowser } from './chromium.js';

const WARNING = `*** Browser journeys SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium) ***`;

/** Where each journey leaves a screenshot of its last page. */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-output/e2e');

/** Whether the journeys run here; under CI without chromium they fail instead of skipping. */
export function describeWithBrowser(name: string, suite: () => void): void {
  if (process.env.MESA_E2E === '0') {
    // .ci/run turns them off for its second time zone only: the browser adds nothing there.
    console.warn(`*** Browser journeys skipped: MESA_E2E=0 (${name}) ***`);
    describe.skip(name, suite);
    return;
  }
  if (existsSync(CHROMIUM)) {
    describe(name, suite);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('requires chromium under CI', () => {
        throw new Error(`${WARNING} — CI must run the browser journeys`);
      });
    });
    return;
  }
  console.warn(WARNING);
  // Only on a developer machine without chromium, after the warning; CI fails above instead.
  describe.skip(name, suite);
}

/** Saves the page as test-output/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the page (WCAG 2 A/AA rules) and fails on serious or critical violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const hasAxe = await page.evaluate('typeof window.axe !== "undefined"');
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    ),
  ).toEqual([]);
}
