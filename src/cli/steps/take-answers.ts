import { resolve } from 'node:path';
import { mergeAnswers, readAnswersFile } from '../answers-file.js';
import { readDataFlags } from '../data-flag.js';
import { cacheErrorsInvalid, type Phase7Context } from './context.js';

/** --restart, --answers FILE, --data ID.FIELD=VALUE: the answers this run starts from, in memory. */
export function takeAnswers(ctx: Phase7Context): undefined {
  const { opts, io, session, catalogue } = ctx;
  cacheErrorsInvalid(() => {
    if (opts.restart) {
      session.restart();
      if (!ctx.writes) io.out('Answers cleared (dry run: nothing saved, no backup needed).');
    }
    if (opts.answers) session.setAnswers(mergeAnswers(session.state.answers, readAnswersFile(resolve(io.cwd, opts.answers), catalogue)));
    if (opts.data?.length) session.setAnswers(mergeAnswers(session.state.answers, readDataFlags(opts.data, catalogue)));
  });
  return undefined;
}
