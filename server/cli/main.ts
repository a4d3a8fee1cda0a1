/**
 * The `mesa` command line (`npm run mesa -- …`). The registry below is the one place to add a
 * command (e.g. `migrate`, `user create`): write it as a Command or a commandGroup, list it here.
 */

import type { Command } from './command.js';
import { demoCommand } from './demo-command.js';
import { holidaysCommand } from './holidays-command.js';
import { migrateCommand } from './migrate-command.js';
import { runCli } from './run-cli.js';
import { slaCommand } from './sla-command.js';
import { userCommand } from './user-command.js';

const commands: readonly Command[] = [
  slaCommand,
  holidaysCommand,
  migrateCommand,
  userCommand,
  demoCommand,
];

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (e.g. `mesa sla batch < big.jsonl | head`): stop quietly, as Unix
  // tools do, instead of crashing with a stack trace.
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`error: INTERNAL_ERROR: ${error.message}\n`);
  process.exit(1);
});

// exitCode rather than process.exit(), so piped stdout is flushed before the process ends.
process.exitCode = await runCli(process.argv.slice(2), commands, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
