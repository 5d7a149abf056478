#!/usr/bin/env node
// Starts the bundle in dist/: esbuild's chunks, each converted to a script (scripts/build.mjs), run with
// node:vm so V8's compiled code can be kept between runs. Compiling the bundle is most of a cold start
// and Node 20 has no module.enableCompileCache; vm.Script's cachedData is the same mechanism.
// The code cache lives in the user's cache folder ($XDG_CACHE_HOME/ai-flow, ~/.cache/ai-flow, …: the rule is
// codeCacheFolder of src/paths.ts, built alone as dist/paths.cjs), one file per chunk in a folder per build,
// installation and V8 (version, flags, CPU features). Anything wrong with it (missing, unreadable, rejected by V8, folder not writable) only means compiling afresh.
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) or AI_FLOW_CODE_CACHE=0 turns it off.
/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS (bin/package.json): starts ~5 ms sooner than an ES module */
const fs = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

// A run parses each zod schema a few times at most: zod's JIT (generating and compiling a parser per
// object schema) costs more than it saves here (~20 ms of an up-to-date re-run). Same results, no eval.
globalThis.__zod_globalConfig ??= { jitless: true };

const dist = join(__dirname, '..', 'dist', '/');
const env = process.env;
// Whether this looks like a run in a terminal (only picks which code cache fits best; /dev/null counts
// too). fstat costs microseconds; process.stdin or node:tty would load streams just to ask.
const interactive = [0, 1].every((fd) => {
  try {
    return fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
});

/**
 * The folder for this build's code cache (undefined when caching is off), from the build id on the first
 * line of dist/ai-flow.js: one folder per build, installation and Node version. npm gives installed files
 * a fixed mtime, and V8 checks only the length of the source, so the build id is what keeps an upgrade
 * from running old code. (V8 itself rejects code cached under other V8 flags or CPU features.)
 */
function cacheFolder(entrySource) {
  if (env.NODE_DISABLE_COMPILE_CACHE || env.AI_FLOW_CODE_CACHE === '0') return undefined;
  const build = /^\/\/ ai-flow build ([\w-]+)\n/.exec(entrySource)?.[1];
  if (!build) return undefined;
  // The folder rule is src/paths.ts's own, which the build also emits alone as dist/paths.cjs.
  const { codeCacheFolder } = require(join(dist, 'paths.cjs'));
  let install = 0;
  for (const ch of dist) install = (Math.imul(install, 31) + ch.charCodeAt(0)) >>> 0;
  installPrefix = `${process.version}-${install.toString(36)}-`;
  return join(codeCacheFolder(env, process.platform, () => require('node:os').homedir()), `${installPrefix}${build}`);
}

let folder;
let installPrefix;
/** Scripts whose cache should be (re)written when the process ends. */
const stale = [];
const modules = new Map();
const trace = env.AI_FLOW_TRACE_LOADS; // tests: which files of dist/ a command loads (test/package)

const cacheFile = (path, kind) => join(folder, `${path.slice(dist.length).replace(/[\\/]/g, '_')}${kind}`);

function readCache(path) {
  // `.i` was made by a run in a terminal (it holds the wizard's functions too); `.b` by any other run.
  for (const kind of interactive ? ['.i', '.b'] : ['.b', '.i']) {
    try {
      return { file: cacheFile(path, kind), kind, data: fs.readFileSync(cacheFile(path, kind)) };
    } catch {
      // no cache of this kind
    }
  }
  return undefined;
}

/** Loads one file of dist/ (once), running it as `function (exports, require, module, __filename, __dirname, __afImportMetaUrl)`. */
function load(path) {
  const known = modules.get(path);
  if (known) return known.exports;
  const module = { exports: {} };
  modules.set(path, module);
  if (trace) fs.appendFileSync(trace, `${pathToFileURL(path).href}\n`);
  const source = fs.readFileSync(path, 'latin1'); // the build writes ASCII code (see scripts/build.mjs)
  if (modules.size === 1) folder = cacheFolder(source);
  const cached = folder && readCache(path);
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __afImportMetaUrl) {${source}\n})`, {
    filename: path,
    cachedData: cached?.data,
  });
  if (folder && (!cached || script.cachedDataRejected || (interactive && cached.kind === '.b'))) {
    stale.push({ script, file: cacheFile(path, interactive ? '.i' : '.b'), old: cached?.file });
  }
  // Besides its own files the bundle requires only Node's modules: this file's require serves them.
  const dir = dirname(path);
  const req = (id) => (id.startsWith('./') || id.startsWith('../') ? load(resolve(dir, id)) : require(id));
  script.runInThisContext().call(module.exports, module.exports, Object.assign(req, { resolve: require.resolve, cache: require.cache }), module, path, dir, pathToFileURL(path).href);
  return module.exports;
}

/** Writes the caches this run could not use: once per chunk and build (and once more after a first terminal run). */
function saveCaches() {
  if (stale.length === 0) return;
  const todo = stale.splice(0);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch {
    return;
  }
  for (const { script, file, old } of todo) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, file); // readers see the old file or the new one, never half of one
      if (old && old !== file) fs.rmSync(old, { force: true });
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
  // Earlier builds of this installation (an upgrade, a rebuild) are not coming back.
  try {
    const parent = dirname(folder);
    for (const name of fs.readdirSync(parent)) {
      if (name.startsWith(installPrefix) && join(parent, name) !== folder) fs.rmSync(join(parent, name), { recursive: true, force: true });
    }
  } catch {
    // nothing to sweep
  }
}

process.once('exit', saveCaches);
// A wizard waiting for its first answer, or a run killed before it exits normally: save while idle.
setTimeout(saveCaches, 1000).unref();
load(join(dist, 'ai-flow.js'));
