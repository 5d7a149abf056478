/* global module */
// The import rules of src/, checked by dependency-cruiser in `npm run lint` (so in CI too), type-only
// imports included: no import cycles, and each folder imports only from the layers below its own.
// README "### Layout" shows the same layering; test/lint/layers.test.ts checks that the rules catch a
// cycle and an import against the layers, and that every module of src/ is in a layer.

/**
 * Top to bottom. A module may import the modules of its own folder and of any folder in a lower layer;
 * never a folder of its own layer (they are independent of each other) or of a higher one.
 */
const LAYERS = [
  { layer: ['cli'], what: 'commander, exit codes, the non-interactive run; picks the Ink or the plain wizard' },
  { layer: ['ui', 'plain'], what: 'the Ink wizard; the line-by-line wizard' },
  { layer: ['app'], what: 'the session: reads the project, saves answers, generates; what both wizards share' },
  { layer: ['write'], what: 'plans and applies the documents' },
  { layer: ['render', 'project'], what: 'view model and templates; the project name and ai-flow config' },
  { layer: ['detect', 'store', 'prefs'], what: 'reads the project; writes the cache, record and lock; per-user preferences' },
  { layer: ['engine'], what: 'pure: rules, flow, validation, the wizard reducer' },
  { layer: ['catalogue'], what: 'the questions (phases/phase7.yaml) and their schema' },
  { layer: ['paths.ts'], what: 'every project and per-user path; imports nothing' },
];

/** The modules of a folder of src/ (or of a single file such as paths.ts), as a path pattern. */
const modulesOf = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '[.]')}$` : `^src/${name}/`);

const layerRules = LAYERS.flatMap(({ layer }, i) =>
  layer.map((name) => {
    const allowed = [name, ...LAYERS.slice(i + 1).flatMap((l) => l.layer)];
    const below = LAYERS.slice(i + 1).flatMap((l) => l.layer);
    return {
      name: `layer-${name.replace('.ts', '')}`,
      comment: below.length > 0 ? `src/${name} may import only from ${below.join(', ')} (the layers below it)` : `src/${name} imports nothing`,
      severity: 'error',
      from: { path: modulesOf(name) },
      to: below.length > 0 ? { path: '^src/', pathNot: allowed.map(modulesOf) } : {},
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules must not import each other in a cycle (type-only imports count): move what both need down a layer.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layerRules,
  ],
  options: {
    // Type-only imports (`import type`) are dependencies too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
