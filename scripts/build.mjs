// Bundles the CLI into dist/ with esbuild: one ESM entry plus lazily loaded chunks
// (the Ink wizard, the plain prompts, conf) so `--help` or a non-interactive run never
// pays for React. Two pitfalls from the tech notes: react-devtools-core must be
// aliased to a stub, and CJS dependencies need a `require` made by createRequire.
// After bundling, the metafile is checked: the entry and the chunks it imports
// statically must not contain Ink, React or the prompt libraries, and mermaid
// (a dev-only validator) must not be in the bundle at all.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { lazyOnlyViolations, LAZY_ONLY, NEVER_BUNDLED } from './bundle-rules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const result = await build({
  absWorkingDir: root,
  entryPoints: { 'ai-flow': 'src/cli/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"', __AI_FLOW_VERSION__: JSON.stringify(pkg.version) },
  alias: { 'react-devtools-core': './scripts/react-devtools-stub.mjs' },
  banner: {
    js: "import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// Kept for tests and the benchmark (which chunk holds what); left out of the npm package.
writeFileSync(join(root, 'dist', 'meta.json'), JSON.stringify(result.metafile));

const problems = lazyOnlyViolations(result.metafile, 'dist/ai-flow.js');
if (problems.length > 0) {
  console.error(`build: the bundle breaks its loading rules (${LAZY_ONLY.join(', ')} only in lazy chunks; ${NEVER_BUNDLED.join(', ')} never):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
