/**
 * The command line of `npm run bench:api`. Defaults are the issue's: a million tickets,
 * 50 connections, 10 s per load run, 200 store-level runs per query.
 */

/** The HTTP cases `--only` can choose: GET by id, the list cases (queue, searches), POST. */
export const HTTP_CASES = ['get', 'lists', 'post'] as const;
export type HttpCase = (typeof HTTP_CASES)[number];

export interface BenchOptions {
  readonly tickets: number;
  /** Rebuild the dataset even when a cached one matches. */
  readonly fresh: boolean;
  /** Also measure PostgreSQL (at `postgresUrl`). */
  readonly postgres: boolean;
  readonly postgresUrl: string;
  readonly http: boolean;
  readonly connections: number;
  readonly durationS: number;
  readonly warmupS: number;
  readonly storeRuns: number;
  /** Print the query plan of every list case (failing ones are always printed). */
  readonly explain: boolean;
  /**
   * With `--only`, the HTTP cases to run — and nothing else (no store level), for quick
   * iteration on one case; null runs everything.
   */
  readonly only: ReadonlySet<HttpCase> | null;
}

export const USAGE = `usage: npm run bench:api -- [options]
  --tickets N       tickets in the dataset (default 1000000)
  --fresh           rebuild the dataset even if a cached one matches
  --postgres        also measure PostgreSQL (BENCH_DATABASE_URL, default
                    postgres://postgres@127.0.0.1:5432/test, schema mesa_bench)
  --no-http         store-level figures only (no servers, no autocannon)
  --duration S      seconds per load run (default 10)
  --connections N   autocannon connections (default 50)
  --runs N          store-level runs per query (default 200)
  --explain         print every query plan
  --only CASES      only these HTTP cases, comma-separated from get, lists, post
                    (no store-level figures; for iterating on one case)`;

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Parses argv (without node and the script); throws with a one-line message on bad input. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const options = {
    tickets: 1_000_000,
    fresh: false,
    postgres: env.BENCH_DATABASE_URL !== undefined,
    postgresUrl: env.BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_URL,
    http: true,
    connections: 50,
    durationS: 10,
    warmupS: 2,
    storeRuns: 200,
    explain: false,
    only: null as ReadonlySet<HttpCase> | null,
  };
  const args = [...argv];
  const count = (flag: string, min: number, max: number): number => {
    const text = args.shift();
    const value = Number(text);
    if (text === undefined || !Number.isInteger(value) || value < min || value > max) {
      throw new Error(
        `${flag} takes a whole number from ${min} to ${max}, got ${text ?? 'nothing'}`,
      );
    }
    return value;
  };
  while (args.length > 0) {
    const flag = args.shift() as string;
    switch (flag) {
      case '--tickets':
        options.tickets = count(flag, 1_000, 10_000_000);
        break;
      case '--fresh':
        options.fresh = true;
        break;
      case '--postgres':
        options.postgres = true;
        break;
      case '--no-http':
        options.http = false;
        break;
      case '--duration':
        options.durationS = count(flag, 1, 120);
        break;
      case '--connections':
        options.connections = count(flag, 1, 1_000);
        break;
      case '--runs':
        options.storeRuns = count(flag, 1, 100_000);
        break;
      case '--explain':
        options.explain = true;
        break;
      case '--only':
        options.only = httpCases(args.shift());
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (options.only !== null && !options.http) {
    throw new Error('--only chooses HTTP cases, --no-http runs none: give one of them');
  }
  return options;
}

function httpCases(text: string | undefined): ReadonlySet<HttpCase> {
  const known: readonly string[] = HTTP_CASES;
  const names = (text ?? '').split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !known.includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes some of ${HTTP_CASES.join(',')}, got ${text ?? 'nothing'}`);
  }
  return new Set(names as HttpCase[]);
}
