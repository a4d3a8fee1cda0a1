/**
 * The failure of loading settings at start. It carries every problem found, not just the first,
 * so an operator fixes the environment in one pass instead of one restart per mistake.
 */

/** The environment could not become Settings; `problems` lists each bad variable and value. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  /** Stable code, for a composition root that maps failures to exit statuses or logs. */
  readonly code = 'INVALID_SETTINGS';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const list = problems.map((problem) => `  - ${problem}`).join('\n');
    super(`Invalid environment settings (${problems.length}):\n${list}`);
    this.problems = Object.freeze([...problems]);
  }
}
