// Bundles the CLI into dist/ with esbuild: one ESM entry plus lazily loaded chunks
// (the Ink wizard, the plain prompts, conf) so `--help` or a non-interactive run never
// pays for React. Two pitfalls from the tech notes: react-devtools-core must be
// aliased to a stub, and CJS dependencies need a `require` made by createRequire.
// After bundling, the metafile is checked: the entry and the chunks it imports
// statically must not contain Ink, React or the prompt libraries, and mermaid
// (a dev-only validator) must not be in the bundle at all.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, relative, sep } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { lazyOnlyViolations, LAZY_ONLY, NEVER_BUNDLED } from './bundle-rules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Built next to dist/ and moved in file by file (see install()), so a program or test already running
// from dist/ never finds it missing or half-written while another build runs.
const staging = join(root, 'node_modules', '.cache', `ai-flow-build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// CJS dependencies call require() and read __filename (write-file-atomic hashes it into temp names).
const banner = {
  js: [
    "import { createRequire as __afCreateRequire } from 'node:module';",
    "import { fileURLToPath as __afFileURLToPath } from 'node:url';",
    'const require = __afCreateRequire(import.meta.url);',
    'const __filename = __afFileURLToPath(import.meta.url);',
  ].join(' '),
};

/** Dead weight that every run would otherwise parse; each cut was measured with bench/profile.mjs. */
const trim = {
  name: 'ai-flow-trim',
  setup(b) {
    // zod's classic API re-exports all ~45 locales as `z.locales` (366 KB, half of zod in the bundle);
    // nothing here uses another language than English, which zod sets up itself.
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'ai-flow-trim', pluginData: dirname(args.importer) } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'ai-flow-trim' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';",
      resolveDir: args.pluginData,
      loader: 'js',
    }));
    // @inquirer/prompts re-exports every prompt; the plain wizard uses `input` only, but the others'
    // packages do not declare themselves side-effect free, so the editor prompt would drag in
    // iconv-lite and chardet (670 KB). They have no side effects at import: let esbuild drop them.
    b.onResolve({ filter: /^@inquirer\// }, async (args) => {
      if (args.pluginData === 'ai-flow-trim') return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'ai-flow-trim' });
      return r.errors.length > 0 ? undefined : { path: r.path, sideEffects: false };
    });
    // yoga-layout (Ink's layout engine) has its wasm inlined but still evaluates `typeof fetch`, and
    // reading that global makes Node 20 load undici (15–50 ms) for nothing.
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]+\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll('typeof fetch', 'typeof undefined'),
      loader: 'js',
    }));
  },
};

/**
 * phases/phase7.yaml parsed and checked with the program's own parseCatalogue, as JSON text: the bundle
 * embeds it, so a run skips YAML parsing and zod validation (measured ~150 ms of a 440 ms run).
 */
async function precompiledCatalogue() {
  const tmp = mkdtempSync(join(tmpdir(), 'ai-flow-build-'));
  try {
    const outfile = join(tmp, 'load.mjs');
    await build({ absWorkingDir: root, entryPoints: ['src/catalogue/load.ts'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', banner, logLevel: 'warning' });
    const { parseCatalogue } = await import(pathToFileURL(outfile).href);
    return JSON.stringify(parseCatalogue(readFileSync(join(root, 'phases', 'phase7.yaml'), 'utf8')));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const result = await build({
  absWorkingDir: root,
  entryPoints: { 'ai-flow': 'src/cli/index.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  define: {
    'process.env.NODE_ENV': '"production"',
    __AI_FLOW_VERSION__: JSON.stringify(pkg.version),
    __AI_FLOW_CATALOGUE_JSON__: JSON.stringify(await precompiledCatalogue()),
  },
  alias: { 'react-devtools-core': './scripts/react-devtools-stub.mjs' },
  banner,
  legalComments: 'none',
  plugins: [trim],
  metafile: true,
  logLevel: 'warning',
});

/** The metafile with output paths as they are once installed (`dist/…`). */
function installedMeta(meta) {
  const prefix = `${relative(root, staging).split(sep).join('/')}/`;
  const fix = (p) => (p.startsWith(prefix) ? `dist/${p.slice(prefix.length)}` : p);
  const outputs = {};
  for (const [path, out] of Object.entries(meta.outputs)) {
    outputs[fix(path)] = { ...out, imports: out.imports.map((i) => ({ ...i, path: fix(i.path) })) };
  }
  return { ...meta, outputs };
}

const meta = installedMeta(result.metafile);
const problems = lazyOnlyViolations(meta, 'dist/ai-flow.js');
if (problems.length > 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`build: the bundle breaks its loading rules (${LAZY_ONLY.join(', ')} only in lazy chunks; ${NEVER_BUNDLED.join(', ')} never):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

/** Moves the new files into dist/ (chunks first, the entry last, each by an atomic rename), then drops old files. */
function install() {
  const dist = join(root, 'dist');
  const files = Object.keys(meta.outputs).map((p) => p.slice('dist/'.length));
  files.sort((a, b) => Number(a === 'ai-flow.js') - Number(b === 'ai-flow.js'));
  mkdirSync(join(dist, 'chunks'), { recursive: true });
  // Kept for tests and the benchmark (which chunk holds what); left out of the npm package.
  writeFileSync(join(staging, 'meta.json'), JSON.stringify(meta));
  for (const f of ['meta.json', ...files]) renameSync(join(staging, f), join(dist, f));
  const keep = new Set(['meta.json', ...files]);
  for (const f of readdirSync(dist, { recursive: true })) {
    const rel = String(f).split(sep).join('/');
    if (!keep.has(rel) && rel !== 'chunks') rmSync(join(dist, rel), { recursive: true, force: true });
  }
  rmSync(staging, { recursive: true, force: true });
}

install();
if (!existsSync(join(root, 'dist', 'ai-flow.js'))) throw new Error('build: dist/ai-flow.js is missing after the build');
