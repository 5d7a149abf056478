import type { QuestionId } from '../../../catalogue/schema.js';
import { defaultValue, findField, findQuestion } from '../../../engine/visibility.js';
import type { AnswersOf, Ctx, FieldOf } from '../context.js';

/**
 * Whether the user chose this field's value. `--defaults` stores the recommended defaults as answers, so when the
 * project was read (RenderInput.stack present) a value equal to the catalogue default is not a choice either.
 */
export function chosen<Q extends QuestionId>(ctx: Ctx, id: Q, field: FieldOf<Q>): boolean {
  if (!ctx.given(id, field)) return false;
  if (!ctx.projectStack) return true;
  const f = findField(findQuestion(ctx.cat, id), field);
  const raw: Partial<AnswersOf<Q>> | undefined = ctx.raw(id);
  return JSON.stringify(raw?.[field]) !== JSON.stringify(defaultValue(f));
}
