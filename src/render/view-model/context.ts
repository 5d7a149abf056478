import type { QuestionAnswerTypes } from '../../catalogue/answer-types.generated.js';
import type { Answers, Catalogue, FieldValue, QuestionAnswers, QuestionId } from '../../catalogue/schema.js';
import { formatValue } from '../../engine/format.js';
import { questionMode, SCOPE_LABELS, type Scope } from '../../engine/scope.js';
import { effectiveAnswers, findField, findQuestion } from '../../engine/visibility.js';
import type { ProjectStack } from '../../detect/stack/types.js';
import type { RenderInput } from '../types.js';

export type QuestionStatus = 'answered' | 'skipped' | 'existing';

/** The typed effective answers of a question (generated from phases/phase7.yaml). */
export type AnswersOf<Q extends QuestionId> = QuestionAnswerTypes[Q];
/** The field ids of a question. */
export type FieldOf<Q extends QuestionId> = keyof AnswersOf<Q> & string;
/** The field ids of a question's number fields. */
export type NumberFieldOf<Q extends QuestionId> = { [K in FieldOf<Q>]-?: NonNullable<AnswersOf<Q>[K]> extends number ? K : never }[FieldOf<Q>];

/** What every part of the view model reads: the effective answers and how to speak about missing ones. */
export interface Ctx {
  cat: Catalogue;
  scope: Scope;
  project: { name: string; slug: string; date: string; type: string; aiFlowVersion?: string };
  existingDocument?: string;
  /** The project's stack as read from its files (RenderInput.stack); the stack decision (decisions/) reads it first. */
  projectStack?: ProjectStack;
  status(id: QuestionId): QuestionStatus;
  /**
   * The effective answers of a question (every visible field, defaults filled in), typed from the catalogue,
   * or undefined when its sections are TBD or kept in another document.
   */
  answers<Q extends QuestionId>(id: Q): AnswersOf<Q> | undefined;
  known(id: QuestionId): boolean;
  /** Asked only in simplified form for this scope: details are recommended defaults. */
  simplified(id: QuestionId): boolean;
  /** The answers as given (no defaults): tells a choice from a default. */
  raw<Q extends QuestionId>(id: Q): Partial<AnswersOf<Q>> | undefined;
  /**
   * Whether the user gave this field (not just its default). Lists the user never saw (the seed's example
   * dependencies of a simplified question) must not become the project's dependencies.
   */
  given<Q extends QuestionId>(id: Q, field: FieldOf<Q>): boolean;
  /** A Markdown paragraph that stands in for a section whose question is not answered. */
  note(id: QuestionId): string;
  /** One line that stands in for a single value whose question is not answered (no Markdown). */
  tbd(id: QuestionId): string;
  /** The short label of a single/multi option (or a multi field's labels joined). */
  label<Q extends QuestionId>(id: Q, field: FieldOf<Q>, value: FieldValue, full?: boolean): string;
  title(id: QuestionId): string;
}

/** A command-line-safe name for the service: "My Shop API" → "my-shop-api". */
export function slugify(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'app' : slug;
}

/** How to get a question asked: the scope that asks it in full, and the one that asks its main choices. */
export function answerCommand(id: QuestionId): { markdown: string; plain: string } {
  if (questionMode('production', id) === 'full') {
    return {
      markdown: '`ai-flow phase7 --scope production` (or `--scope enterprise`)',
      plain: 'ai-flow phase7 --scope production',
    };
  }
  return {
    markdown: '`ai-flow phase7 --scope enterprise` (all of it) or `--scope production` (its main choices)',
    plain: 'ai-flow phase7 --scope enterprise',
  };
}

/**
 * The one place untyped answers become typed: the answers were validated against the catalogue (answersSchema)
 * and `effectiveAnswers` fills every visible field, which is what the generated types say (a test keeps them
 * current with phases/phase7.yaml).
 */
function typed<Q extends QuestionId>(_id: Q, answers: QuestionAnswers): AnswersOf<Q> {
  return answers as unknown as AnswersOf<Q>;
}

export function createContext(input: RenderInput): Ctx {
  const { catalogue: cat, scope, context } = input;
  const effective: Answers = effectiveAnswers(cat, scope, input.answers);
  // Kept questions come from the input, or from a catalogue the hybrid pre-flight marked (`keptIn`).
  const kept = new Map<QuestionId, string>(cat.questions.filter((q) => q.keptIn).map((q) => [q.id, q.keptIn!]));
  for (const id of input.existing?.questionIds ?? []) kept.set(id, input.existing!.document);
  const document = input.existing?.document ?? [...kept.values()][0];

  // As in the engine (modeOf): a question the scope skips stays TBD even when an existing document is named.
  const status = (id: QuestionId): QuestionStatus => {
    if (questionMode(scope, id) === 'skipped') return 'skipped';
    return kept.has(id) ? 'existing' : 'answered';
  };
  const title = (id: QuestionId): string => `${id} ${findQuestion(cat, id).title}`;

  return {
    cat,
    scope,
    project: {
      name: context.name,
      slug: slugify(context.name),
      date: context.date,
      type: context.projectType,
      ...(context.aiFlowVersion ? { aiFlowVersion: context.aiFlowVersion } : {}),
    },
    ...(document ? { existingDocument: document } : {}),
    ...(input.stack ? { projectStack: input.stack } : {}),
    status,
    answers: (id) => (status(id) === 'answered' ? typed(id, effective[id] ?? {}) : undefined),
    known: (id) => status(id) === 'answered',
    simplified: (id) => status(id) === 'answered' && questionMode(scope, id) === 'simplified',
    raw: (id) => (input.answers[id] ? typed(id, input.answers[id]) : undefined),
    given: (id, field) => status(id) === 'answered' && input.answers[id]?.[field] !== undefined,
    title,
    note(id) {
      const q = findQuestion(cat, id);
      if (status(id) === 'existing') {
        return `**Kept in \`${kept.get(id)}\`**: question ${id} *${q.title}* was not asked again because that document already covers it. To answer it here instead, run \`ai-flow phase7 --edit ${id}\`.`;
      }
      return `**TBD**: the ${SCOPE_LABELS[scope]} scope does not ask question ${id} *${q.title}*, which covers: ${q.summaryHint}. To fill this section, run ${answerCommand(id).markdown}.`;
    },
    tbd(id) {
      if (status(id) === 'existing') return `Kept in ${kept.get(id)} (${title(id)} was not asked again)`;
      return `TBD — answer ${title(id)} with: ${answerCommand(id).plain}`;
    },
    label(id, field, value, full = false) {
      return formatValue(findField(findQuestion(cat, id), field), value, { short: !full });
    },
  };
}
