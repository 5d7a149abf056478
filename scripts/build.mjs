// Bundles the CLI into dist/ with esbuild: one entry plus lazily loaded chunks (the Ink wizard,
// the plain prompts, conf) so `--help` or a non-interactive run never pays for React.
// esbuild splits the program as ES modules; each output file is then converted to a script
// (CommonJS-style function body, see toScript()) that bin/ai-flow.js loads with node:vm, because
// on Node 20 only vm.Script can keep V8's compiled code between runs (a per-user code cache; Node 20
// has no module.enableCompileCache). Each file keeps its name, its imports become require() calls
// of the other files, so which file holds what, and what loads when, stays exactly esbuild's split.
// Pitfall from the tech notes: react-devtools-core must be aliased to a stub. A script cannot use
// top-level await: the two dependencies that do (yoga-layout's wasm loader, Ink's dev-only devtools
// hook) are patched to start synchronously.
// After bundling, the metafile is checked: the entry and the chunks it imports statically must not
// contain Ink, React or the prompt libraries, and mermaid (a dev-only validator) must not be in the
// bundle at all.
import { build, transform } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, relative, sep } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { lazyOnlyViolations, LAZY_ONLY, NEVER_BUNDLED } from './bundle-rules.mjs';
import { patch } from './patch.mjs';
import { stringWidthPlugin } from './string-width-plugin.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Built next to dist/ and moved in file by file (see install()), so a program or test already running
// from dist/ never finds it missing or half-written while another build runs.
const staging = join(root, 'node_modules', '.cache', `ai-flow-build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// For the one-off ES module build of the catalogue loader below: CJS dependencies call require().
// (The scripts in dist/ get require, __filename and import.meta.url from bin/ai-flow.js instead.)
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
    // yoga-layout's Emscripten loader: `instantiateWasm` gets the synchronous byte getter as a third
    // argument, so the wasm can be instantiated synchronously (index.js below).
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]+\.js$/ }, async (args) => {
      const text = (await readFile(args.path, 'utf8')).replaceAll('typeof fetch', 'typeof undefined');
      const hooked = patch(text, 'return h.instantiateWasm(d,\na)', 'return h.instantiateWasm(d,a,wa)', 'yoga-layout: instantiateWasm hook');
      // The wasm's base64 decoded by Buffer (0.2 ms) rather than a character loop (~3 ms before the first frame).
      const decode = 'if(ua(a))try{var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c}';
      return { contents: patch(hooked, decode, 'if(ua(a))try{var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))}', 'yoga-layout: base64 decode'), loader: 'js' };
    });
    // `wrapAssembly(await loadYoga())` → a synchronous start: with the hook above the module is ready
    // when loadYoga returns (the run dependency resolves in the same call).
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, async (args) => ({
      contents: patch(
        await readFile(args.path, 'utf8'),
        'const Yoga = wrapAssembly(await loadYoga());',
        [
          'const lib = { instantiateWasm(imports, receive, bytes) { receive(new WebAssembly.Instance(new WebAssembly.Module(bytes()), imports)); return {}; } };',
          'loadYoga(lib);',
          "if (typeof lib.Node !== 'function') throw new Error('yoga-layout did not start synchronously');",
          'const Yoga = wrapAssembly(lib);',
        ].join('\n'),
        'yoga-layout: synchronous start',
      ),
      loader: 'js',
    }));
    // commander loads child_process (and with it net, dgram, …: ~3 ms) for executable subcommands, which
    // ai-flow has none of: loaded when spawn is called.
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => ({
      contents: patch(await readFile(args.path, 'utf8'), "const childProcess = require('node:child_process');", "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };", 'commander: lazy child_process'),
      loader: 'js',
    }));
    // Ink awaits its devtools hook and package.json only when DEV=true (React devtools): dropped.
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      text = patch(text, /if \(isDev\(\)\) \{\n {4}try \{\n {8}await import\('\.\/devtools\.js'\);[\s\S]*?\n\}\n/, '', 'ink: devtools hook');
      text = patch(text, 'isDev()\n    ? await loadPackageJson()\n    : { name: undefined, version: undefined }', '{ name: undefined, version: undefined }', 'ink: package.json for devtools');
      return { contents: text, loader: 'js' };
    });
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
    const json = JSON.stringify(parseCatalogue(readFileSync(join(root, 'phases', 'phase7.yaml'), 'utf8')));
    // The catalogue's hash in the generation record (src/write/generation-inputs.ts), as the run computes it
    // from the object it parses out of `json`: computed here once, not in every run.
    const hashFile = join(tmp, 'hash.mjs');
    await build({ absWorkingDir: root, entryPoints: ['src/write/hash.ts'], outfile: hashFile, bundle: true, format: 'esm', platform: 'node', target: 'node20', banner, logLevel: 'warning' });
    const { hashValue } = await import(pathToFileURL(hashFile).href);
    return { json, hash: hashValue(JSON.parse(json)) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * templates/*.mustache with their tokens as Mustache parses them, as JSON text (src/render/mustache.ts
 * puts them into Mustache's template cache). Checks that Mustache still caches under the key used there.
 */
async function parsedTemplates() {
  const { default: Mustache } = await import('mustache');
  const dir = join(root, 'templates');
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.mustache'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return [text, Mustache.parse(text)];
    });
  for (const [text, tokens] of entries) {
    if (Mustache.templateCache?.get(`${text}:${Mustache.tags.join(':')}`) !== tokens) throw new Error('build: Mustache caches parsed templates under another key now: update src/render/mustache.ts');
  }
  return JSON.stringify(entries);
}

const catalogue = await precompiledCatalogue();
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
    __AI_FLOW_CATALOGUE_JSON__: JSON.stringify(catalogue.json),
    __AI_FLOW_CATALOGUE_HASH__: JSON.stringify(catalogue.hash),
    __AI_FLOW_MUSTACHE_TOKENS__: JSON.stringify(await parsedTemplates()),
  },
  alias: { 'react-devtools-core': './scripts/react-devtools-stub.mjs' },
  legalComments: 'none',
  plugins: [trim, stringWidthPlugin(root)],
  metafile: true,
  write: false,
  logLevel: 'warning',
});

/**
 * One output file as a script body for bin/ai-flow.js, which runs it as
 * `function (exports, require, module, __filename, __dirname, __afImportMetaUrl)`: static imports of
 * other chunks become require() calls (in the same order, with live bindings through getters),
 * `import()` becomes a promise of require(), and import.meta.url the file's own URL.
 */
async function toScript(code, file) {
  const options = {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__afImportMetaUrl' },
    logLevel: 'silent',
    sourcefile: file,
  };
  // esbuild's `// node_modules/…` lines (where each bundled module starts; bench/profile.mjs reads them)
  // survive the conversion as inline legal comments. The ES module build dropped every real one.
  const marked = code.replace(MODULE_START, '/*! $1 */');
  const out = await transform(marked, { ...options, legalComments: 'inline' });
  if (out.warnings.length > 0) throw new Error(`build: converting ${file} to a script: ${out.warnings.map((w) => w.text).join('; ')}`);
  // bin/ai-flow.js reads the files as latin1 (one-byte strings, the fastest for V8): the code must be
  // ASCII, as esbuild writes it; only comments may hold other characters (read as latin1 they stay comments).
  const bare = await transform(marked, { ...options, legalComments: 'none', minifyWhitespace: true });
  if (Buffer.byteLength(bare.code) !== bare.code.length) throw new Error(`build: ${file} has non-ASCII code`);
  return out.code;
}

/** The comment esbuild writes where a bundled module starts (`// node_modules/zod/v4/core/core.js`). */
const MODULE_START = /^\/\/ (\S+\.(?:[cm]?js|tsx?|json))$/gm;

/** Static imports between chunks must not form a cycle (a script sees a cycle's exports half-made). */
function assertNoCycles(meta) {
  const state = new Map();
  const visit = (file, path) => {
    state.set(file, 'open');
    for (const imp of meta.outputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' || imp.external) continue;
      if (state.get(imp.path) === 'open') throw new Error(`build: the chunks import each other in a cycle: ${[...path, file, imp.path].join(' → ')}`);
      if (!state.has(imp.path)) visit(imp.path, [...path, file]);
    }
    state.set(file, 'done');
  };
  for (const file of Object.keys(meta.outputs)) if (!state.has(file)) visit(file, []);
}

assertNoCycles(result.metafile);
const buildHash = createHash('sha256');
for (const f of [...result.outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1))) buildHash.update(f.path.slice(staging.length)).update(f.contents);
const buildId = buildHash.digest('hex').slice(0, 16);
for (const f of result.outputFiles) {
  mkdirSync(dirname(f.path), { recursive: true });
  const name = relative(staging, f.path);
  if (!name.endsWith('.js')) writeFileSync(f.path, f.contents);
  else {
    const script = await toScript(f.text, name);
    // bin/ai-flow.js keeps compiled code per build: the entry's first line names the build.
    writeFileSync(f.path, name === 'ai-flow.js' ? `// ai-flow build ${buildId}\n${script}` : script);
  }
}

/**
 * src/paths.ts alone as a CommonJS file (dist/paths.cjs): bin/ai-flow.js runs before the bundle and
 * takes the user's cache folder rule from it, so the two cannot differ. The module imports nothing.
 */
const paths = await build({ absWorkingDir: root, entryPoints: ['src/paths.ts'], write: false, bundle: true, format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning', metafile: true });
if (Object.keys(paths.metafile.inputs).length !== 1) throw new Error(`build: src/paths.ts must import nothing (it imports ${Object.keys(paths.metafile.inputs).join(', ')})`);
writeFileSync(join(staging, 'paths.cjs'), paths.outputFiles[0].contents);

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
  const files = [...Object.keys(meta.outputs).map((p) => p.slice('dist/'.length)), 'paths.cjs'];
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
