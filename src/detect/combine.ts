import type { Answers, Catalogue, Field, FieldValue, QuestionId } from '../catalogue/schema.js';
import { fieldValueSchema } from '../engine/validate.js';
import type { Detection, DetectionEvidence, DetectionNote, Finding } from './types.js';

/** Multi-select values in the catalogue's option order, with the checked defaults when asked for. */
function normalise(field: Field, finding: Finding): FieldValue {
  if (field.kind !== 'multi' || !Array.isArray(finding.value)) return finding.value;
  const chosen = new Set(finding.value as string[]);
  if (finding.withDefaults) for (const o of field.options) if (o.checked) chosen.add(o.id);
  const order = field.options.map((o) => o.id);
  return [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

const show = (v: FieldValue) => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : x)).join(', ') : String(v));

/**
 * Picks one value per field: the lowest-ranked finding whose value the catalogue accepts (invalid
 * values never leak). Candidates that lose with another value become notes.
 */
export function combineFindings(cat: Catalogue, findings: Finding[], notes: DetectionNote[], scanned: Detection['scanned']): Detection {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.questionId}\u0000${f.fieldId}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const answers: Answers = {};
  const evidence: DetectionEvidence[] = [];
  const extraNotes: DetectionNote[] = [];
  for (const question of cat.questions) {
    for (const field of question.fields) {
      const candidates = [...(groups.get(`${question.id}\u0000${field.id}`) ?? [])].sort((a, b) => a.rank - b.rank);
      const valid = candidates
        .map((f) => ({ f, value: normalise(field, f) }))
        .filter(({ value }) => fieldValueSchema(field).safeParse(value).success);
      const [winner, ...rest] = valid;
      if (!winner) continue;
      answers[question.id as QuestionId] = { ...answers[question.id as QuestionId], [field.id]: winner.value };
      evidence.push({ questionId: question.id as QuestionId, fieldId: field.id, value: winner.value, evidence: winner.f.evidence });
      for (const { f, value } of rest) {
        if (show(value) !== show(winner.value)) extraNotes.push({ questionId: question.id as QuestionId, evidence: `${f.evidence} (${field.id}: ${show(value)}, not preselected)` });
      }
    }
  }
  const order = cat.questions.map((q) => q.id);
  const allNotes = [...notes, ...extraNotes].sort((a, b) => order.indexOf(a.questionId) - order.indexOf(b.questionId));
  return { answers, evidence, notes: allNotes, scanned };
}
