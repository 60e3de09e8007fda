#!/usr/bin/env node
import { run } from './main.js';

// Piped into `head` or a pager that quits: the reader is gone, so stop quietly, not with a stack.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`labour-screen: cannot write output: ${error.message}\n`);
    process.exit(2);
  });

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure is a bug: say so in one line and exit 2 (set LABOUR_SCREEN_DEBUG=1 for the stack).
    const detail =
      error instanceof Error
        ? process.env['LABOUR_SCREEN_DEBUG']
          ? (error.stack ?? error.message)
          : error.message
        : String(error);
    process.stderr.write(`labour-screen: internal error (please report it): ${detail}\n`);
    process.exitCode = 2;
  },
);
