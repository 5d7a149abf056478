import type { Session } from '../app/session.js';
import { terminalText } from '../engine/safe-text.js';

/** "Project: orders-api (backend, set up by ai-flow 2.9.1)", plus the note for types whose Phase 7 differs. */
export function projectLine(session: Session): string {
  const p = session.project();
  const type = p.projectType ? `${p.projectType}${p.projectTypeSource === 'inferred' ? ', inferred' : ''}` : 'type unknown, backend questions';
  const setup = p.aiFlowVersion ? `, set up by ai-flow ${p.aiFlowVersion}` : '';
  // The name and type come from the project's files: shown on one line, without escape sequences.
  const lines = [terminalText(`Project: ${terminalText(p.name, 80)} (${type}${setup})`, 200)];
  if (p.phase7Note) lines.push(`Note: ${p.phase7Note}`);
  for (const w of p.warnings) lines.push(terminalText(`Warning: ${w}`, 400));
  return `${lines.join('\n')}\n`;
}
