import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCatalogue, packageRoot, parseCatalogue } from '../../src/catalogue/load.js';
import { QUESTION_IDS, type Question } from '../../src/catalogue/schema.js';
import { HAS_SEED, SEED } from '../helpers.js';

const cat = loadCatalogue();

const norm = (s: string) =>
  s
    .replace(/\(recommended\)/gi, '')
    .replace(/⭐|🔥|⚡|🏆|✅|❓|⏸|🏢|🐳|🚀|📝|📄|\uFE0F/gu, '')
    .replace(/[[\]]/g, '')
    .replace(/\*\*/g, 'X')
    .replace(/\(e\.g\.,[^)]*\)/g, '')
    .replace(/:?\s*(\\_)+\s*$/, '')
    .replace(/\s+/g, '')
    .trim()
    .toLowerCase();

/** Every text of a question a seed line may correspond to. */
function texts(q: Question): string[] {
  const out: string[] = [];
  for (const f of q.fields) {
    out.push(f.label);
    if (f.kind === 'single' || f.kind === 'multi') {
      for (const o of f.options) {
        out.push(o.label, ...(o.points ?? []));
        if (o.note) out.push(`${o.label} - ${o.note}`, `${o.label} (${o.note})`);
      }
    }
  }
  return out.map(norm);
}

/** The option lines of each question in the seed: "A) ⭐ Label", "1. ✅ Stage", "- ✅ Metric", and their sub-points. */
function seedOptions(): Map<string, string[]> {
  const text = readFileSync(SEED, 'utf8');
  const body = text.slice(text.indexOf('## Phase 7 Questions'), text.indexOf('MERMAID OPERATIONS DIAGRAM'));
  const out = new Map<string, string[]>();
  let current = '';
  let inOption = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const head = /^\*\*(7\.[\d.]+) /.exec(line);
    if (head) {
      current = head[1]!;
      out.set(current, []);
      inOption = false;
      continue;
    }
    if (!current || line === '') continue;
    const option = /^(?:[A-G]\)|\d+\. (?:✅|⏸️)|- (?:✅|❓)) (.+)$/u.exec(line);
    if (option) {
      out.get(current)!.push(option[1]!.replace(/\s*—.*$/, ''));
      inOption = true;
    } else if (inOption && line.startsWith('- ')) {
      out.get(current)!.push(line.slice(2));
    } else {
      inOption = false;
    }
  }
  return out;
}

// The seed is in ../shared: read in beforeAll, which a skipped suite never runs (its body still runs to collect the tests).
describe.skipIf(!HAS_SEED)('catalogue against the seed', () => {
  let seed: Map<string, string[]>;
  beforeAll(() => {
    seed = seedOptions();
  });

  test('the seed has the 17 questions, in the catalogue order', () => {
    expect([...seed.keys()]).toEqual([...QUESTION_IDS]);
  });

  test.each([...QUESTION_IDS])('every option label and sub-point of %s is in the catalogue', (id) => {
    const q = cat.questions.find((x) => x.id === id)!;
    const have = texts(q);
    const missing = (seed.get(id) ?? []).filter((s) => !have.includes(norm(s)));
    expect(missing, `seed options of ${id} missing from phases/phase7.yaml`).toEqual([]);
  });
});

describe('catalogue', () => {
  test('has the 17 questions in the seed order', () => {
    expect(cat.questions.map((q) => q.id)).toEqual([...QUESTION_IDS]);
  });

  test('every question and field has a one-line help text', () => {
    for (const q of cat.questions) {
      expect(q.help.includes('\n'), q.id).toBe(false);
      for (const f of q.fields) expect(f.help.length, `${q.id}.${f.id}`).toBeGreaterThan(10);
    }
  });

  test('the seed badges are where the seed puts them', () => {
    const badge = (qid: string, fid: string, oid: string) =>
      (cat.questions.find((q) => q.id === qid)!.fields.find((f) => f.id === fid) as { options: { id: string; badge?: string }[] }).options.find((o) => o.id === oid)?.badge;
    expect(badge('7.1', 'choice', 'cloud')).toBe('recommended');
    expect(badge('7.1', 'choice', 'paas')).toBe('popular');
    expect(badge('7.3', 'count', 'four-plus')).toBe('enterprise');
    expect(badge('7.4.1', 'strategy', 'canary')).toBe('modern');
  });

  test('the seed follow-ups are fields with units, ranges and conditions', () => {
    const field = (qid: string, fid: string) => cat.questions.find((q) => q.id === qid)!.fields.find((f) => f.id === fid)!;
    expect(field('7.2', 'baseImage').when).toEqual({ field: 'docker', in: ['yes'] });
    expect(field('7.2', 'imageSize')).toMatchObject({ kind: 'number', unit: 'MB' });
    expect(field('7.4.1', 'canaryInitial')).toMatchObject({ kind: 'number', unit: '%', when: { field: 'strategy', in: ['canary'] } });
    expect(field('7.4.1', 'trafficSwitching').when).toEqual({ field: 'strategy', in: ['blue-green'] });
    expect(field('7.7.1', 'windowDuration')).toMatchObject({ unit: 'minutes', when: { field: 'zeroDowntime', in: ['no'] } });
    expect(field('7.7.2', 'connectionTimeout')).toMatchObject({ unit: 'ms' });
    expect(field('7.7', 'retentionDays')).toMatchObject({ unit: 'days' });
    expect(field('7.8', 'initialLoad')).toMatchObject({ unit: 'requests/minute' });
    expect(field('7.6', 'onCallTool').when).toEqual({ field: 'onCall', in: ['yes'] });
    expect(field('7.9.2', 'services')).toMatchObject({ kind: 'table' });
    expect(field('7.9.4', 'masking')).toMatchObject({ kind: 'table' });
  });

  test('7.9.3 is prefilled with the six example rows of the seed', () => {
    const policies = cat.questions.find((q) => q.id === '7.9.3')!.fields.find((f) => f.id === 'policies')!;
    expect(policies.kind === 'table' && policies.default.map((r) => r.service)).toEqual([
      'Database queries', 'Redis cache', 'Payment API', 'Email service', 'External REST APIs', 'File storage (S3)',
    ]);
  });

  test('a broken catalogue is refused with the path of each problem', () => {
    const text = readFileSync(join(packageRoot(), 'phases', 'phase7.yaml'), 'utf8').replace('default: cloud', 'default: moon');
    expect(() => parseCatalogue(text)).toThrow(/invalid:\n {2}- 7\.1\.choice: default "moon" is not an option/);
  });
});
