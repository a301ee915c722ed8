/* global console */
// postinstall: fixes postgres.js 3.4.x losing connections when Postgres restarts under load.
//
// Two defects in node_modules/postgres/{src,cjs/src}/connection.js (porsager/postgres#1154,
// #1208; fixes proposed in #1168, #1176, #1209, none released as of 3.4.9):
//  1. closed()/terminate() clear the pending-write Immediate without resetting `nextWriteTimer`,
//     so the reconnected Connection never schedules a write again: its startup message is never
//     sent and every query on it hangs for good (our fault suite: 40 of 40 queries hung after a
//     restart of Postgres);
//  2. a write scheduled just after the socket closed throws from setImmediate
//     (`Cannot read properties of null (reading 'write')`) and kills the process.
// The patch resets the write state on close and turns a write on a closed socket into the
// CONNECTION_CLOSED error the caller already handles. Idempotent; skips (with a warning) any
// version whose code does not match exactly. Remove when a fixed postgres release is installed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARK = '/* dlxh-patch: write-after-close */';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'postgres');
const edits = [
  [
    '  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)',
    `  function nextWrite(fn) {\n    if (socket === null) { ${MARK}\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  [
    '\n    clearImmediate(nextWriteTimer)\n    if (socket) {',
    `\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null ${MARK}\n    if (socket) {`,
  ],
  [
    '\n    clearImmediate(nextWriteTimer)\n    socket.removeListener',
    `\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null ${MARK}\n    socket.removeListener`,
  ],
];

for (const rel of ['src/connection.js', 'cjs/src/connection.js']) {
  const file = join(root, rel);
  if (!existsSync(file)) continue;
  const code = readFileSync(file, 'utf8');
  if (code.includes(MARK)) continue;
  if (!edits.every(([from]) => code.split(from).length === 2)) {
    console.warn(`patch-postgres-driver: ${rel} does not match the expected 3.4.x code; not patched (check whether the fix was released)`);
    continue;
  }
  writeFileSync(
    file,
    edits.reduce((c, [from, to]) => c.replace(from, to), code),
  );
  console.log(`patch-postgres-driver: patched postgres/${rel}`);
}
