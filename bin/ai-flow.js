#!/usr/bin/env node
// Starts the bundle in dist/: esbuild's chunks, each converted to a script (scripts/build.mjs), run with
// node:vm so V8's compiled code can be kept between runs. Compiling the bundle is most of a cold start
// and Node 20 has no module.enableCompileCache; vm.Script's cachedData is the same mechanism.
// The code cache lives in the user's cache folder ($XDG_CACHE_HOME/ai-flow, ~/.cache/ai-flow, …), one
// file per chunk, keyed by the chunk's name (a content hash), size and mtime, in a folder per installation
// and V8 (version, flags, CPU features). Anything
// wrong with it (missing, unreadable, rejected by V8, folder not writable) only means compiling afresh.
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) or AI_FLOW_CODE_CACHE=0 turns it off.
/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS (bin/package.json): starts ~5 ms sooner than an ES module */
const fs = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const { cachedDataVersionTag } = require('node:v8');
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

/** The folder for this installation's code cache, or undefined when caching is off. */
function cacheFolder() {
  if (env.NODE_DISABLE_COMPILE_CACHE || env.AI_FLOW_CODE_CACHE === '0') return undefined;
  // The user's cache folder for ai-flow (src/ui/frame-cache.ts keeps the wizard's first frames there too).
  const aiFlow = env.XDG_CACHE_HOME
    ? join(env.XDG_CACHE_HOME, 'ai-flow')
    : process.platform === 'win32'
      ? join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'ai-flow', 'Cache')
      : join(homedir(), process.platform === 'darwin' ? join('Library', 'Caches') : '.cache', 'ai-flow');
  // One folder per installation and V8 (version, flags and CPU features: what V8 checks before it takes
  // cached code): installs, and runs with other V8 flags, never evict each other's files.
  let tag = 0;
  for (const ch of dist) tag = (Math.imul(tag, 31) + ch.charCodeAt(0)) >>> 0;
  return join(aiFlow, 'code-cache', `${process.version}-${cachedDataVersionTag().toString(36)}-${tag.toString(36)}`);
}

const folder = cacheFolder();
/** Scripts whose cache should be (re)written when the process ends. */
const stale = [];
const modules = new Map();
const trace = env.AI_FLOW_TRACE_LOADS; // tests: which files of dist/ a command loads (test/package)

function cacheFile(path, stat, kind) {
  return join(folder, `${path.slice(dist.length).replace(/[\\/]/g, '_')}-${stat.size}-${Math.trunc(stat.mtimeMs)}${kind}`);
}

function readCache(path, stat) {
  if (!folder) return undefined;
  // `.i` was made by a run in a terminal (it holds the wizard's functions too); `.b` by any other run.
  for (const kind of interactive ? ['.i', '.b'] : ['.b', '.i']) {
    try {
      return { file: cacheFile(path, stat, kind), kind, data: fs.readFileSync(cacheFile(path, stat, kind)) };
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
  const source = fs.readFileSync(path, 'latin1'); // the build writes ASCII only
  const stat = folder ? fs.statSync(path) : undefined;
  const cached = stat && readCache(path, stat);
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __afImportMetaUrl) {${source}\n})`, {
    filename: path,
    cachedData: cached?.data,
  });
  if (stat && (!cached || script.cachedDataRejected || (interactive && cached.kind === '.b'))) {
    stale.push({ script, file: cacheFile(path, stat, interactive ? '.i' : '.b'), old: cached?.file });
  }
  const nodeRequire = createRequire(path);
  const dir = dirname(path);
  const req = (id) => (id.startsWith('./') || id.startsWith('../') ? load(resolve(dir, id)) : nodeRequire(id));
  script.runInThisContext().call(module.exports, module.exports, Object.assign(req, { resolve: nodeRequire.resolve, cache: nodeRequire.cache }), module, path, dir, pathToFileURL(path).href);
  return module.exports;
}

/** Writes the caches this run could not use; once per chunk and Node version (and once more after a first terminal run). */
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
  sweep();
}

/** Removes caches of files this installation no longer has (an earlier build or version). */
function sweep() {
  try {
    for (const name of fs.readdirSync(folder)) {
      const m = /^(.+)-(\d+)-(\d+)\.[ib]$/.exec(name);
      if (!m) continue;
      let current;
      try {
        const stat = fs.statSync(join(dist, m[1].replace(/_/g, '/')));
        current = String(stat.size) === m[2] && String(Math.trunc(stat.mtimeMs)) === m[3];
      } catch {
        current = false;
      }
      if (!current) fs.rmSync(join(folder, name), { force: true });
    }
  } catch {
    // nothing to sweep
  }
}

if (folder) {
  process.once('exit', saveCaches);
  // A wizard waiting for its first answer, or a run killed before it exits normally: save while idle.
  setTimeout(saveCaches, 1000).unref();
}
load(join(dist, 'ai-flow.js'));
