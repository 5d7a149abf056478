import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';

// Registered at every start: the modules that read and check templates load only when a templates command runs.

const IDS = ['operations', 'configuration', 'env'] as const;

function projectRoot(io: Io, dir: string | undefined): string {
  const root = resolve(io.cwd, dir ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new CliError(`--cwd ${dir}: no such folder. Pass the project's folder (it must exist).`, EXIT.usage);
  return root;
}

/** `ai-flow templates`: for each document, the template a run uses, its language, and where ours live. */
async function list(io: Io, root: string): Promise<ExitCode> {
  const [{ describeTemplates, builtinTemplatesDir }, { templateSyntaxError }] = await Promise.all([import('../render/template-info.js'), import('../render/project-templates.js')]);
  const infos = describeTemplates(root);
  const width = Math.max(...infos.map((i) => i.output.output.length)) + 2;
  let broken = 0;
  io.out(`Templates of ${root} (a template in .ai-flow/templates/ is rendered instead of ai-flow's built-in one):`);
  for (const i of infos) {
    const language = i.language === 'aiflow' ? 'ai-flow template language' : 'mustache';
    const head = `  ${i.output.output.padEnd(width)}`;
    if (i.used.source === 'project') {
      io.out(`${head}${i.used.path}  (the project's; ${language})`);
    } else {
      io.out(`${head}built-in ${i.used.path}  (${language}; no ${i.output.project} in the project)`);
      io.out(`  ${' '.repeat(width)}${i.file}`);
    }
    const error = templateSyntaxError(i.text, i.used.path);
    if (error) {
      broken += 1;
      io.out(`  ${' '.repeat(width)}⚠️  unbalanced tags: ${error.message} — ai-flow phase7 stops on it until it is fixed`);
    }
  }
  io.out(`Built-in templates: ${builtinTemplatesDir()}`);
  io.out('To customise them: ai-flow templates copy (copies them into .ai-flow/templates/; existing templates are kept unless --force)');
  return broken ? EXIT.invalid : EXIT.ok;
}

/** `ai-flow templates copy`: our templates into `.ai-flow/templates/`, never over an existing one without --force. */
async function copy(io: Io, root: string, ids: string[], force: boolean): Promise<ExitCode> {
  const unknown = ids.filter((id) => !(IDS as readonly string[]).includes(id));
  if (unknown.length) throw new CliError(`ai-flow templates copy: unknown document "${unknown.join('", "')}". Use ${IDS.join(', ')} (or nothing for all three).`, EXIT.usage);
  const { copyBuiltinTemplates } = await import('./templates-copy.js');
  const results = copyBuiltinTemplates(root, ids.length ? ids : [...IDS], force);
  const LINE = {
    copied: (p: string, from: string) => `  ✅ Copied: ${p}  (from ${from})`,
    replaced: (p: string, from: string) => `  ✅ Replaced: ${p}  (with ${from}; --force)`,
    same: (p: string) => `  ·  Already there: ${p}  (the same as the built-in one)`,
    kept: (p: string) => `  ·  Kept: ${p} — it exists already; --force replaces it (its current text is lost)`,
  };
  io.out(`ai-flow's built-in templates → ${root}:`);
  for (const r of results) io.out(LINE[r.status](r.path, r.from));
  const kept = results.filter((r) => r.status === 'kept').length;
  if (results.some((r) => r.status === 'copied' || r.status === 'replaced')) {
    io.out('ai-flow phase7 renders these from now on; edit them to change the documents (mustache: {{NAME}}, {{#NAME}}…{{/NAME}}, {{^NAME}}…{{/NAME}}).');
  }
  if (kept) io.out(`${kept} template${kept === 1 ? ' was' : 's were'} not copied because the project has its own; nothing of it was changed.`);
  return kept ? EXIT.invalid : EXIT.ok;
}

/** Registers `ai-flow templates [list]` and `ai-flow templates copy`. */
export function registerTemplatesCommand(program: Command, io: Io, result: { code: ExitCode }): void {
  const templates = program
    .command('templates')
    .description("show which template each Phase 7 document is rendered from, or copy ai-flow's into the project to customise them")
    .addHelpText(
      'after',
      `
The project's own templates win: when one of
  .ai-flow/templates/docs/operations.template.md      → docs/operations.md
  .ai-flow/templates/specs/configuration.template.md  → specs/configuration.md
  .ai-flow/templates/.env.example.template            → .env.example
exists, ai-flow phase7 renders it instead of the built-in one. It may be written in mustache or in ai-flow's
template language ({{NAME}}, {{#EACH X}}…{{/EACH}}, {{#IF X}}…{{ELSE}}…{{/IF}}), detected per file. A name
ai-flow has no value for is written as "TBD (NAME)" and reported with its file and line.

Examples:
  ai-flow templates                      which template each document uses, and where the built-in ones are
  ai-flow templates copy                 copy the built-in templates into .ai-flow/templates/ to customise them
  ai-flow templates copy env             only the .env.example template
  ai-flow templates copy --force         replace the project's templates with the built-in ones
  ai-flow templates --cwd ../api         the same for the project in ../api

Exit codes: 0 done; 1 a template in use has unbalanced tags (list), or a template was kept because the
project has its own (copy, without --force); 2 usage error.`,
    );

  templates
    .command('list', { isDefault: true })
    .description('for each document, the template a run uses (the project\'s or the built-in one) and its language')
    .option('--cwd <dir>', 'the project folder', '.')
    .action(async (opts: { cwd?: string }) => {
      result.code = await list(io, projectRoot(io, opts.cwd));
    });

  templates
    .command('copy')
    .description("copy ai-flow's built-in templates into .ai-flow/templates/ (never over an existing one without --force)")
    .argument('[documents...]', `${IDS.join(' | ')}; all three when none is given`)
    .option('--cwd <dir>', 'the project folder', '.')
    .option('--force', "replace the project's templates that exist (their current text is lost)")
    .action(async (ids: string[], opts: { cwd?: string; force?: boolean }) => {
      result.code = await copy(io, projectRoot(io, opts.cwd), ids, Boolean(opts.force));
    });
}
