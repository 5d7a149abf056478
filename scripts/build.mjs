// Bundles the CLI into dist/ with esbuild: one ESM entry plus lazily loaded chunks
// (the Ink wizard, the plain prompts) so `--help` or a non-interactive run never
// pays for React. Two pitfalls from docs/tech-notes: react-devtools-core must be
// aliased to a stub, and CJS dependencies need a `require` made by createRequire.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

await build({
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
  logLevel: 'warning',
});
