// What may be in which part of the bundle; used by scripts/build.mjs and the tests.

/** Packages that only lazily imported chunks may contain (the interactive wizard's stack). */
export const LAZY_ONLY = ['ink', 'react', 'react-reconciler', 'yoga-layout', '@inquirer/', 'conf'];
/** Packages that must never be bundled (dev-only validators). */
export const NEVER_BUNDLED = ['mermaid', '@mermaid-js/', 'dompurify'];

/** The package an input path of the metafile belongs to (`node_modules/@a/b/x.js` → `@a/b`), or undefined for our own code. */
export function packageOf(input) {
  const i = input.lastIndexOf('node_modules/');
  if (i < 0) return undefined;
  const [a, b] = input.slice(i + 'node_modules/'.length).split('/');
  return a.startsWith('@') ? `${a}/${b}` : a;
}

function matches(pkg, rules) {
  return rules.some((r) => (r.endsWith('/') ? pkg.startsWith(r) : pkg === r));
}

/** Output files reached from `entry` through static imports only (what loads before any `import()`). */
export function staticClosure(metafile, entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const out = metafile.outputs[queue.shift()];
    for (const imp of out?.imports ?? []) {
      if (imp.kind === 'import-statement' && !imp.external && !seen.has(imp.path)) {
        seen.add(imp.path);
        queue.push(imp.path);
      }
    }
  }
  return seen;
}

/** Packages bundled into one output file. */
export function packagesIn(metafile, output) {
  const names = new Set();
  for (const input of Object.keys(metafile.outputs[output]?.inputs ?? {})) {
    const p = packageOf(input);
    if (p) names.add(p);
  }
  return names;
}

/** Why the bundle breaks the rules: lazy-only packages in the entry's static closure, never-bundled ones anywhere. */
export function lazyOnlyViolations(metafile, entry) {
  const problems = [];
  for (const output of staticClosure(metafile, entry)) {
    for (const p of packagesIn(metafile, output)) if (matches(p, LAZY_ONLY)) problems.push(`${p} is loaded at start-up (in ${output})`);
  }
  for (const output of Object.keys(metafile.outputs)) {
    for (const p of packagesIn(metafile, output)) if (matches(p, NEVER_BUNDLED)) problems.push(`${p} is bundled (in ${output})`);
  }
  return problems;
}
