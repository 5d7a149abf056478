// `npm pack` / `npm publish` lifecycle: the package a user installs must not carry the `prepare` script
// (it builds dist/ from sources the package does not ship, and npm 11 warns about install scripts of
// dependencies). `prepack` takes it out of package.json, `postpack` puts it back, in the same place.
// AI_FLOW_PACK_NO_BUILD=1 (set by test/package/pack.test.ts) only makes `prepare` skip the build, so a
// test can pack the dist/ it already built without rebuilding it under the other tests' feet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(import.meta.dirname, '..', 'package.json');
const PREPARE = 'node scripts/prepare.mjs';

const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
const step = process.argv[2];
if (step === 'strip') {
  delete pkg.scripts.prepare;
} else if (step === 'restore') {
  // Re-inserted right after `build`, where it lives in the repository.
  pkg.scripts = Object.fromEntries(Object.entries(pkg.scripts).flatMap(([k, v]) => (k === 'prepare' ? [] : k === 'build' ? [[k, v], ['prepare', PREPARE]] : [[k, v]])));
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
const next = `${JSON.stringify(pkg, null, 2)}\n`;
if (next !== text) writeFileSync(file, next);
