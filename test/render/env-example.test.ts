import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../src/render/render-documents.js';
import { ANSWER_SETS, inputOf } from './answer-sets.js';

/** Variable names of configuration.md's variable table (the first table under "Environment Variables"). */
function tableVars(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Environment Variables'))!;
  const table = section.split('\n\n').find((block) => block.startsWith('| Variable |'))!;
  return table.split('\n').slice(2).map((row) => /^\| `([A-Za-z0-9_]+)` \|/.exec(row)![1]!);
}

function secretVars(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Environment Variables'))!;
  return section.split('\n').filter((r) => /^\| `[A-Z0-9_]+` \|.*\| Secret \|/.test(r)).map((r) => /`([A-Z0-9_]+)`/.exec(r)![1]!);
}

describe('.env.example', () => {
  for (const set of ANSWER_SETS) {
    const outputs = renderDocuments(inputOf(set));
    const env = outputs.find((o) => o.id === 'env')!.text;
    const config = outputs.find((o) => o.id === 'configuration')!.text;

    it(`${set.name}: parses with dotenv, one assignment per variable line`, () => {
      const parsed = parse(env);
      const assignments = env.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
      expect(assignments.every((l) => /^[A-Za-z][A-Za-z0-9_]*=/.test(l)), assignments.join('\n')).toBe(true);
      expect(Object.keys(parsed)).toEqual(assignments.map((l) => l.split('=')[0]));
      for (const l of assignments) expect(parsed[l.split('=')[0]!]).toBe(l.slice(l.indexOf('=') + 1));
    });

    it(`${set.name}: has the same variables as configuration.md's table`, () => {
      const names = Object.keys(parse(env));
      expect(names.length).toBeGreaterThan(3);
      expect(new Set(names)).toEqual(new Set(tableVars(config)));
      expect(names).toHaveLength(new Set(names).size);
    });

    it(`${set.name}: each variable has a comment, inside a commented group`, () => {
      const lines = env.split('\n');
      lines.forEach((l, i) => {
        if (/^[A-Z]/.test(l)) expect(lines[i - 1], l).toMatch(/^# \S/);
      });
      expect(env).toMatch(/^# =+\n# Application\n# =+$/m);
    });

    it(`${set.name}: secrets are empty or obviously local-only`, () => {
      const parsed = parse(env);
      const secrets = secretVars(config);
      expect(secrets.length).toBeGreaterThan(0);
      for (const name of secrets) {
        const value = parsed[name]!;
        expect(value === '' || value.includes('local-dev-only') || /^redis:\/\/localhost/.test(value), `${name}=${value}`).toBe(true);
      }
    });
  }
});
