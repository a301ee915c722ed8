/* global console, process, URL */
// `npm run build`: compile to dist/ with tsc and copy what the code reads at run time (Fluent
// templates, SQL migrations, the console's own CSS/JS) to where the compiled files look for them
// (../../templates from dist/core/kernel, ./migrations from dist/db, ./public from dist/bot/console). Production runs `node dist/bot/main.js`; dist/
// carries its own package.json so its .js files load as ES modules wherever it is copied (with
// node_modules beside or above it). `--out <dir>` builds elsewhere (the build test does).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : resolve(root, 'dist');
rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });
cpSync(resolve(root, 'templates'), resolve(out, 'templates'), { recursive: true });
// Every file beside the sources that is not a source (migrations, the console's public CSS/JS…),
// so code that reads `new URL('./x', import.meta.url)` finds it in dist/ as it does in the tree.
const isAsset = (src) => statSync(src).isDirectory() || !/\.(ts|tsx|mjs)$/.test(src);
for (const dir of ['bot', 'core', 'workers', 'db', 'scripts']) cpSync(resolve(root, dir), resolve(out, dir), { recursive: true, filter: isAsset });
writeFileSync(resolve(out, 'package.json'), `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`);
console.log(`build: ${out} ready (node dist/bot/main.js, node dist/workers/main.js, node dist/scripts/admin.js)`);
