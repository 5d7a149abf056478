#!/usr/bin/env node
import module from 'node:module';

// Most of the start-up time is compiling the bundle. Node 22.1+ can keep compiled code between runs
// (in the system's temp folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off); on Node 20 this is a no-op.
module.enableCompileCache?.();
// A run parses each zod schema a few times at most: zod's JIT (generating and compiling a parser per
// object schema) costs more than it saves here (~20 ms of an up-to-date re-run). Same results, no eval.
globalThis.__zod_globalConfig ??= { jitless: true };
await import('../dist/ai-flow.js');
