/**
 * Readers of single environment variables that record a problem instead of throwing, so that
 * loadSettings can report every bad variable at once (STYLE.md).
 */

/** The process environment, or any object shaped like it (tests pass literals). */
export type Env = Readonly<Record<string, string | undefined>>;

const BOOLEANS: Readonly<Record<string, boolean>> = {
  '0': false,
  '1': true,
  false: false,
  true: true,
};

/** Reads one environment's variables and collects the problems found along the way. */
export class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  /** The value as given, with an empty string read as unset (compose files often pass `VAR=`). */
  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  /** Records a problem; the reader goes on so later variables are checked too. */
  problem(message: string): void {
    this.problems.push(message);
  }

  /** A free-form value, or `fallback` when unset. */
  text(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  /** A whole number written in plain digits within [min, max], or `fallback` when unset. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    // Plain digits only: Number() would also take ' 80', '0x50', '8e1' and '' as numbers.
    const parsed = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(parsed) && parsed >= min && parsed <= max) return parsed;
    this.problem(`${name} must be a whole number from ${min} to ${max}, got ${show(value)}.`);
    return fallback;
  }

  /** '0'/'false' or '1'/'true' and nothing else, or `fallback` when unset. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Object.hasOwn(BOOLEANS, value) ? BOOLEANS[value] : undefined;
    if (parsed !== undefined) return parsed;
    this.problem(`${name} must be one of 0, 1, true, false; got ${show(value)}.`);
    return fallback;
  }

  /** One of `values` exactly as written, or `fallback` when unset. */
  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((values as readonly string[]).includes(value)) return value as T;
    this.problem(`${name} must be one of ${values.join(', ')}; got ${show(value)}.`);
    return fallback;
  }
}

/** A value quoted for a message, with line breaks and other control characters escaped. */
export function show(value: string): string {
  return JSON.stringify(value);
}
