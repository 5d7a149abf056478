import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildViewModel } from '../../src/render/view-model/index.js';
import type { ViewModel } from '../../src/render/types.js';
import { FIXTURE_TEMPLATES, HAS_FIXTURE } from '../helpers.js';
import { ANSWER_SETS, answersFor, catalogue, inputOf } from './answer-sets.js';

// The installed ai-flow 2.9.1 templates will be rendered with this view model (by the template-language
// renderer), so every placeholder, loop and condition they use must have a value of the right shape. They are
// in ../shared: without it these checks are skipped (and nothing is read while the suite is collected).
const FILES = ['docs/operations.template.md', 'specs/configuration.template.md', '.env.example.template'];

interface Scope { scalars: Set<string>; loops: Map<string, Scope>; conditions: Set<string>; /** conditions enclosing this loop */ guards: string[] }
const newScope = (guards: string[] = []): Scope => ({ scalars: new Set(), loops: new Map(), conditions: new Set(), guards });

/** A small scan of the template language: {{NAME}}, {{#EACH NAME}}…{{/EACH}}, {{#IF NAME}}/{{#IF_NAME}}…{{/IF}}, ELSE; tolerates the formatter's `{ { NAME } }`. */
function scan(text: string): Scope {
  const root = newScope();
  const stack: { scope: Scope; ifs: string[] }[] = [{ scope: root, ifs: [] }];
  const tag = /\{ ?\{ ?(#EACH |#IF |#IF_|\/EACH|\/IF(?:_[A-Z0-9_]+)?|ELSE)?([A-Z][A-Z0-9_]*)? ?\} ?\}/g;
  for (const m of text.matchAll(tag)) {
    const [, op = '', name = ''] = m;
    const top = stack[stack.length - 1]!;
    if (op === '#EACH ') {
      const scope = top.scope.loops.get(name) ?? newScope(top.ifs.slice());
      top.scope.loops.set(name, scope);
      stack.push({ scope, ifs: [] });
    } else if (op === '/EACH') {
      stack.pop();
    } else if (op === '#IF ' || op === '#IF_') {
      top.scope.conditions.add(name);
      top.ifs.push(name);
    } else if (op.startsWith('/IF')) {
      top.ifs.pop();
    } else if (op === '' && name) {
      top.scope.scalars.add(name);
    }
  }
  expect(stack).toHaveLength(1);
  return root;
}

function merged(): Scope {
  const all = newScope();
  const mergeInto = (into: Scope, from: Scope) => {
    from.scalars.forEach((s) => into.scalars.add(s));
    from.conditions.forEach((c) => into.conditions.add(c));
    for (const [name, loop] of from.loops) {
      const target = into.loops.get(name) ?? newScope(loop.guards);
      into.loops.set(name, target);
      mergeInto(target, loop);
    }
  };
  for (const f of FILES) mergeInto(all, scan(readFileSync(join(FIXTURE_TEMPLATES, f), 'utf8')));
  return all;
}

let TEMPLATE_SCOPE: Scope;
const MAY_BE_EMPTY = new Set(['FLAG_DEFAULT']); // an env value written as FLAG=; empty means "unset"

/** Problems of one scope's values against how the templates use them; `parents` resolve names a loop takes from outside. */
function check(scope: Scope, values: Record<string, unknown>, parents: Record<string, unknown>[], path: string, root: ViewModel, problems: string[], requireItems: boolean): void {
  const lookup = (name: string) => [values, ...parents].find((v) => name in v)?.[name];
  for (const name of scope.scalars) {
    if (scope.loops.has(name)) {
      const scalar = lookup(name);
      if (typeof scalar !== 'string' || scalar === '') problems.push(`${path}${name}: scalar (also a loop) must be a non-empty string, got ${JSON.stringify(scalar)}`);
      if (!Array.isArray(lookup(`${name}__ITEMS`))) problems.push(`${path}${name}__ITEMS: the loop's array is missing`);
      continue;
    }
    const v = lookup(name);
    if (typeof v !== 'string') problems.push(`${path}${name}: scalar must be a string, got ${JSON.stringify(v)}`);
    else if (v === '' && !MAY_BE_EMPTY.has(name) && !scope.conditions.has(name)) problems.push(`${path}${name}: scalar is empty`);
  }
  for (const name of scope.conditions) {
    if (scope.scalars.has(name) || scope.loops.has(name)) continue; // a string or an array stands for itself
    const v = lookup(name);
    if (typeof v !== 'boolean') problems.push(`${path}${name}: condition must be a boolean, got ${JSON.stringify(v)}`);
  }
  for (const [name, loop] of scope.loops) {
    const key = scope.scalars.has(name) ? `${name}__ITEMS` : name;
    const items = lookup(key);
    if (!Array.isArray(items)) {
      problems.push(`${path}${key}: loop must be an array, got ${JSON.stringify(items)}`);
      continue;
    }
    const guarded = loop.guards.some((g) => lookup(g) === false);
    if (requireItems && items.length === 0 && !guarded) problems.push(`${path}${key}: loop is empty`);
    items.forEach((item, i) => {
      if (typeof item !== 'object' || item === null) problems.push(`${path}${key}[${i}]: item must be an object`);
      else check(loop, item as Record<string, unknown>, [values, ...parents], `${path}${key}[${i}].`, root, problems, requireItems);
    });
  }
}

describe.skipIf(!HAS_FIXTURE)('the view model fills the installed ai-flow 2.9.1 templates', () => {
  beforeAll(() => {
    TEMPLATE_SCOPE = merged();
  });

  it('the scan finds the template language (loops, nested loops, named conditions, mangled tags)', () => {
    expect(TEMPLATE_SCOPE.loops.get('RUNBOOK')!.loops.has('RUNBOOK_STEP')).toBe(true);
    expect(TEMPLATE_SCOPE.conditions.has('DOCKER')).toBe(true);
    expect(TEMPLATE_SCOPE.scalars.has('DOCKER_COMPOSE_EXAMPLE')).toBe(true);
    expect(TEMPLATE_SCOPE.scalars.has('ROLLBACK_TRIGGER') && TEMPLATE_SCOPE.loops.has('ROLLBACK_TRIGGER')).toBe(true);
    expect(TEMPLATE_SCOPE.loops.get('REQUEST_LOG_FIELD')!.conditions.has('ENABLED')).toBe(true);
    expect(TEMPLATE_SCOPE.scalars.size + TEMPLATE_SCOPE.loops.size).toBeGreaterThan(150);
  });

  for (const set of ANSWER_SETS) {
    it(`${set.name}: every placeholder, loop and condition has a value of the right shape`, () => {
      const vm = buildViewModel(inputOf(set));
      const problems: string[] = [];
      check(TEMPLATE_SCOPE, vm, [], '', vm, problems, set.scope === 'enterprise');
      expect(problems).toEqual([]);
    });
  }

  it('the check reports a missing placeholder, a wrong shape and an empty loop (it can fail)', () => {
    const vm = buildViewModel(inputOf(ANSWER_SETS.find((s) => s.name === 'enterprise-defaults')!));
    const broken: ViewModel = { ...vm, APM_TOOL: undefined, DOCKER: 'yes', ALERT_RULE: [], RUNBOOK: [{ RUNBOOK_TITLE: 'x' }] };
    const problems: string[] = [];
    check(TEMPLATE_SCOPE, broken, [], '', broken, problems, true);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining('APM_TOOL: scalar must be a string'),
      expect.stringContaining('DOCKER: condition must be a boolean'),
      expect.stringContaining('ALERT_RULE: loop is empty'),
      expect.stringContaining('RUNBOOK[0].RUNBOOK_TRIGGER: scalar must be a string'),
    ]));
  });
});

describe('placeholders of questions not asked', () => {
  it('placeholders of questions the MVP scope skips say TBD and name the command that answers them', () => {
    const vm = buildViewModel({ catalogue, scope: 'mvp', answers: answersFor('mvp'), context: { name: 'Shop', projectType: 'backend', date: '2025-06-30' } });
    const first = (loop: string, key: string) => String((vm[loop] as Record<string, unknown>[])[0]![key]);
    const values = [
      vm.DEPLOYMENT_STRATEGY, vm.APM_TOOL, vm.RTO, vm.BACKUP_FREQUENCY, vm.PRODUCTION_MIGRATION_STRATEGY, vm.POOL_MAX_CONNECTIONS,
      vm.SCALING_MIN, vm.SHUTDOWN_TIMEOUT, vm.CIRCUIT_BREAKER_TOOL, vm.DEFAULT_HTTP_TIMEOUT,
      first('ALERT_RULE', 'ALERT_NAME'), first('MASKING_RULE', 'PATTERN'), first('TIMEOUT_POLICY', 'SERVICE_NAME'), first('RUNBOOK', 'RUNBOOK_TITLE'),
    ];
    for (const v of values) {
      expect(String(v)).toMatch(/^TBD — answer 7\.[0-9.]+ .+ with: ai-flow phase7 --scope (production|enterprise)$/);
    }
  });

  it('placeholders of questions kept in an existing document point to it', () => {
    const set = ANSWER_SETS.find((s) => s.existing)!;
    const vm = buildViewModel(inputOf(set));
    expect(vm.APM_TOOL).toBe('Kept in docs/deployment.md (7.5 Monitoring & Logging was not asked again)');
    expect(vm.RTO).toContain('Kept in docs/deployment.md');
  });
});
