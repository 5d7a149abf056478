import { fillDefaults } from '../../engine/defaults.js';
import { effectiveAnswers } from '../../engine/visibility.js';
import type { Phase7Context } from './context.js';

/** --defaults: every open question takes the value detected in the project, else its recommended answer; the detected ones used are listed. */
export function applyDefaults(ctx: Phase7Context): undefined {
  const { session, scope, io } = ctx;
  if (!scope || !ctx.opts.defaults) return undefined;
  const detected = session.detect();
  const before = session.state.answers;
  session.setAnswers(fillDefaults(session.catalogue, scope, before, detected.answers));
  // also the fields the scope does not ask (a simplified question's tool): the documents use the detected value there too
  const effective = effectiveAnswers(session.catalogue, scope, session.documentAnswers());
  const used = detected.evidence.filter((e) => before[e.questionId]?.[e.fieldId] === undefined && JSON.stringify(effective[e.questionId]?.[e.fieldId]) === JSON.stringify(e.value));
  if (used.length) io.out(['Answers taken from the project:', ...used.map((e) => `  ${e.questionId} ${e.fieldId} = ${JSON.stringify(e.value)}  (${e.evidence})`), ''].join('\n'));
  return undefined;
}
