/**
 * The loop every background job shares: a pass runs soon after a `kick` (many kicks in a burst
 * make one pass) and on a slow timer that catches work of other instances or of the clock
 * moving on. A pass repeats while it finds work; passes never overlap. Business logic stays in
 * the job's `pass`, never in the timers.
 */

export interface PeriodicJobOptions {
  readonly name: string;
  /** How often to look without a kick. */
  readonly intervalMs: number;
  /** Delay after a kick, to gather a burst of writes into one pass. */
  readonly kickDelayMs?: number;
  readonly onError?: (error: unknown, job: string) => void;
}

export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private ticker: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  /** `pass` does one batch of work and returns how much it did (0: nothing left). */
  constructor(
    private readonly options: PeriodicJobOptions,
    private readonly pass: () => Promise<number>,
  ) {}

  start(): void {
    if (this.ticker) return;
    this.ticker = setInterval(() => this.kick(), this.options.intervalMs);
    this.ticker.unref();
    this.kick();
  }

  /** Asks for a pass soon (only once started). */
  kick(): void {
    if (this.timer || !this.ticker) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch((error: unknown) => this.options.onError?.(error, this.options.name));
    }, this.options.kickDelayMs ?? 20);
    this.timer.unref();
  }

  /** Runs passes until one finds nothing to do; resolves with the work done. */
  async flush(): Promise<number> {
    while (this.running) await this.running;
    let done = 0;
    this.running = (async () => {
      for (let did = await this.pass(); did > 0; did = await this.pass()) done += did;
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    return done;
  }

  /** Stops the timers and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    if (this.timer) clearTimeout(this.timer);
    this.ticker = null;
    this.timer = null;
    while (this.running) await this.running.catch(() => {});
  }
}
