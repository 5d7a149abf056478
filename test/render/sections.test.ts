import { describe, expect, it } from 'vitest';
import type { DocumentId, QuestionId } from '../../src/catalogue/schema.js';
import { findQuestion } from '../../src/engine/visibility.js';
import { renderDocuments } from '../../src/render/render-documents.js';
import { answersFor, catalogue } from './answer-sets.js';
import { h2Sections } from './doc-parts.js';

/** A document cut into named parts: H2 sections for Markdown, commented groups for .env.example. */
function parts(id: DocumentId, text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (id === 'env') {
    const chunks = text.split(/^# =+\n# (.+)\n# =+$/m);
    out.set('(header)', chunks[0]!);
    for (let i = 1; i < chunks.length; i += 2) out.set(chunks[i]!, chunks[i + 1]!);
    return out;
  }
  return h2Sections(text);
}

function changedParts(q: QuestionId, change: Record<string, unknown>): Record<DocumentId, string[]> {
  const render = (answers: ReturnType<typeof answersFor>) =>
    renderDocuments({ catalogue, scope: 'enterprise', answers, context: { name: 'Shop API', projectType: 'backend', date: '2025-06-30' } });
  const before = render(answersFor('enterprise'));
  const after = render(answersFor('enterprise', { [q]: change }));
  const out = {} as Record<DocumentId, string[]>;
  for (const doc of before) {
    const a = parts(doc.id, doc.text);
    const b = parts(doc.id, after.find((d) => d.id === doc.id)!.text);
    expect([...b.keys()], `${doc.path}: the change adds or removes sections`).toEqual([...a.keys()]);
    out[doc.id] = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
  }
  return out;
}

/** Sections an answer reaches beyond the `affects` list of phases/phase7.yaml (none: the catalogue lists them all). */
const ALSO: Partial<Record<QuestionId, Partial<Record<DocumentId, string[]>>>> = {};

const CHANGES: [QuestionId, Record<string, unknown>][] = [
  ['7.1', { choice: 'cloud', cloudProvider: 'gcp' }],
  ['7.2', { imageSize: 300 }],
  ['7.3', { count: 'four-plus' }],
  ['7.4', { platform: 'gitlab-ci' }],
  ['7.4.1', { rollbackMinutes: 20 }],
  ['7.5', { apm: 'new-relic' }],
  ['7.6', { errorRateThreshold: 2, responseTimeThreshold: 1500 }],
  ['7.7', { retentionDays: 60 }],
  ['7.7.1', { zeroDowntime: 'no' }],
  ['7.7.2', { max: 20 }],
  ['7.8', { minInstances: 4 }],
  ['7.9', { checks: ['database', 'redis'] }],
  ['7.9.1', { totalTimeout: 45 }],
  ['7.9.2', { failureThreshold: 60 }],
  ['7.9.3', { defaultTimeout: 8000 }],
  ['7.9.4', { format: 'plain-text' }],
  ['7.10', { apiStrategy: 'design-first' }],
];

describe('changing one answer changes the sections it should, and no others', () => {
  for (const [q, change] of CHANGES) {
    it(`${q} ${JSON.stringify(change)}`, () => {
      const changed = changedParts(q, change);
      const question = findQuestion(catalogue, q);
      const allowed = (doc: DocumentId) => [
        ...(question.affects.find((x) => x.document === doc)?.sections ?? []),
        ...(ALSO[q]?.[doc] ?? []),
        ...(doc === 'operations' ? ['At a Glance'] : []), // the summary table and review list of every answer
      ];
      for (const doc of ['operations', 'configuration', 'env'] as DocumentId[]) {
        expect(changed[doc].filter((s) => !allowed(doc).includes(s)), `${doc}: sections changed that ${q} should not reach`).toEqual([]);
      }
      const listed = question.affects.flatMap((x) => x.sections.filter((s) => changed[x.document].includes(s)));
      expect(listed.length, `${q} changes none of the sections it lists`).toBeGreaterThan(0);
    });
  }

  it('new alert thresholds change the Alerts section and nothing in Containerization', () => {
    const changed = changedParts('7.6', { errorRateThreshold: 5 });
    expect(changed.operations).toContain('Alerts & On-Call');
    expect(changed.operations).not.toContain('Containerization');
    expect(changed.configuration).toEqual([]);
    expect(changed.env).toEqual([]);
  });
});
