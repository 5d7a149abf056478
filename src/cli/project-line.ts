import type { Session } from '../app/session.js';

/** "Project: orders-api (backend, set up by ai-flow 2.9.1)", plus the note for types whose Phase 7 differs. */
export function projectLine(session: Session): string {
  const p = session.project();
  const type = p.projectType ? `${p.projectType}${p.projectTypeSource === 'inferred' ? ', inferred' : ''}` : 'type unknown, backend questions';
  const setup = p.aiFlowVersion ? `, set up by ai-flow ${p.aiFlowVersion}` : '';
  const lines = [`Project: ${p.name} (${type}${setup})`];
  if (p.phase7Note) lines.push(`Note: ${p.phase7Note}`);
  for (const w of p.warnings) lines.push(`Warning: ${w}`);
  return `${lines.join('\n')}\n`;
}
