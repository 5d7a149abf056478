import type { QuestionId } from '../catalogue/schema.js';
import { questionsForGaps, type GapMapping } from './gap-map.js';
import { terminalText } from './safe-text.js';

/** Phase 0's entry for phase 7 in audit-data.json (upstream schema; every field may be missing). */
export interface Phase0Entry {
  file?: string;
  exists?: boolean;
  consistencyScore?: number;
  recommendation?: string;
  gaps?: string[];
  reason?: string;
}

export type PreflightMode = 'skip' | 'hybrid' | 'full';

export interface Preflight {
  /** What the upstream rule recommends. */
  recommended: PreflightMode;
  /** The modes the user may choose, recommended first. */
  choices: PreflightMode[];
  score?: number;
  document?: string;
  documentExists: boolean;
  gaps: string[];
  mapping: GapMapping;
  /** Lines that show the user the audit's scores and gaps. */
  lines: string[];
}

/**
 * The upstream smart-skip rule: an entry whose document exists scores ≥ 95 → offer to keep the existing
 * documentation; 80–94 → offer to answer only the questions behind the gaps; anything else → full phase.
 */
export function preflight(entry: Phase0Entry | undefined, documentExists: boolean): Preflight {
  const gaps = entry?.gaps ?? [];
  const mapping = questionsForGaps(gaps);
  const score = entry?.consistencyScore;
  let recommended: PreflightMode = 'full';
  if (entry && documentExists && typeof score === 'number') {
    if (score >= 95) recommended = 'skip';
    else if (score >= 80) recommended = 'hybrid';
  }
  const choices: PreflightMode[] = recommended === 'skip' ? ['skip', 'full'] : recommended === 'hybrid' ? ['hybrid', 'full', 'skip'] : ['full'];
  const lines: string[] = [];
  if (entry) {
    const doc = entry.file ?? 'the existing document';
    lines.push(`Phase 0 audit: ${doc} ${documentExists ? 'exists' : 'is missing'}, consistency ${score ?? '?'}/100${entry.reason ? ` — ${entry.reason}` : ''}`);
    if (gaps.length) lines.push(`Gaps: ${mapping.byGap.map((g) => `${g.gap} → ${g.how === 'everything' ? 'every question (unknown gap)' : g.questions.join(', ')}`).join('; ')}`);
    lines.push(
      recommended === 'skip'
        ? 'Recommended: keep the existing documentation (score ≥ 95).'
        : recommended === 'hybrid'
          ? `Recommended: answer only the questions behind the gaps (${mapping.questions.join(', ')}).`
          : 'Recommended: the full phase.',
    );
  }
  // Phase 0's file name, reason and gap ids are shown as they are, but on one line and without escape sequences.
  return { recommended, choices, score, document: entry?.file, documentExists, gaps, mapping, lines: lines.map((l) => terminalText(l, 1000)) };
}

/** In hybrid mode: the questions asked (behind the gaps) and those kept in the existing document. */
export function hybridSplit(p: Preflight, visible: readonly QuestionId[]): { ask: QuestionId[]; kept: QuestionId[] } {
  const ask = visible.filter((id) => p.mapping.questions.includes(id));
  return { ask, kept: visible.filter((id) => !ask.includes(id)) };
}
