import { cacheErrorsInvalid, type Phase7Context } from './context.js';

/** A new scope is set in the session (saved with the rest); when the wizard offers the pre-flight, it sets it with the choice. */
export function rememberScope(ctx: Phase7Context): undefined {
  const { newScope } = ctx;
  if (newScope && !ctx.offer) cacheErrorsInvalid(() => ctx.session.setScope(newScope));
  return undefined;
}
