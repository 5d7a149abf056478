import { z } from 'zod';

/** The seed's badges: ⭐ recommended, 🔥 popular, ⚡ modern, 🏆 enterprise. ✅ is `checked` on multi options. */
export const BadgeSchema = z.enum(['recommended', 'popular', 'modern', 'enterprise']);
export type Badge = z.infer<typeof BadgeSchema>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'option ids are kebab-case');
const fieldId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'field ids are camelCase');

export const OptionSchema = z.strictObject({
  id,
  label: z.string().min(1),
  badge: BadgeSchema.optional(),
  /** A decorative emoji the seed puts before the option (🏢, 🐳, 🚀, 📝, 📄). */
  icon: z.string().optional(),
  /** Short text after the label ("If using GitHub", "Full-featured, expensive"). */
  note: z.string().optional(),
  /** The option's sub-points in the seed. */
  points: z.array(z.string()).optional(),
  /** Multi-select: checked by default (✅ in the seed). */
  checked: z.boolean().optional(),
});
export type Option = z.infer<typeof OptionSchema>;

/** "If yes", "If Blue-Green": a field (of this question, or of `question`) has one of the values. */
export const ConditionSchema = z.strictObject({
  question: z.string().optional(),
  field: fieldId,
  /** Visible when the field's value is one of these. */
  in: z.array(z.union([z.string(), z.boolean()])).optional(),
  /** Visible when the multi-select field includes this option. */
  includes: z.string().optional(),
});
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * A recommended default that follows an earlier answer: the first rule whose condition holds gives the
 * default (an option id of a single field, the checked option ids of a multi field); else `default`.
 */
export const DefaultRuleSchema = z.strictObject({
  when: ConditionSchema,
  value: z.union([z.string(), z.array(z.string())]),
});
export type DefaultRule = z.infer<typeof DefaultRuleSchema>;

const fieldBase = {
  id: fieldId,
  label: z.string().min(1),
  /** One line: why we ask. */
  help: z.string().min(1),
  when: ConditionSchema.optional(),
  /** Defaults that follow earlier answers (single and multi fields only; checked by the catalogue). */
  defaultWhen: z.array(DefaultRuleSchema).optional(),
  /** Asked when the question is only *simplified* for the scope (see src/engine/scope.ts). */
  core: z.boolean().optional(),
};

export const ColumnSchema = z.strictObject({
  id: fieldId,
  label: z.string(),
  kind: z.enum(['text', 'number', 'choice']),
  unit: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(z.string()).optional(),
  /** What people see for a choice cell's option ids (the cached value stays the id). */
  optionLabels: z.record(z.string(), z.string()).optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const CellSchema = z.union([z.string(), z.number()]);
export const RowSchema = z.record(z.string(), CellSchema);
export type Row = z.infer<typeof RowSchema>;

export const SingleFieldSchema = z.strictObject({
  ...fieldBase,
  kind: z.literal('single'),
  options: z.array(OptionSchema).min(2),
  default: id,
});
export const MultiFieldSchema = z.strictObject({
  ...fieldBase,
  kind: z.literal('multi'),
  options: z.array(OptionSchema).min(2),
  /** At least this many must be chosen. */
  min: z.number().int().min(0).default(0),
});
export const TextFieldSchema = z.strictObject({
  ...fieldBase,
  kind: z.literal('text'),
  default: z.string(),
  placeholder: z.string().optional(),
  /** An empty answer is allowed. */
  optional: z.boolean().optional(),
});
export const NumberFieldSchema = z.strictObject({
  ...fieldBase,
  kind: z.literal('number'),
  unit: z.string(),
  min: z.number(),
  max: z.number(),
  integer: z.boolean().default(true),
  default: z.number(),
});
export const BooleanFieldSchema = z.strictObject({
  ...fieldBase,
  kind: z.literal('boolean'),
  default: z.boolean(),
});
export const TableFieldSchema = z.strictObject({
  ...fieldBase,
  kind: z.literal('table'),
  columns: z.array(ColumnSchema).min(1),
  /** Rows prefilled from the seed's examples. */
  default: z.array(RowSchema),
  minRows: z.number().int().min(0).default(0),
});

export const FieldSchema = z.discriminatedUnion('kind', [
  SingleFieldSchema,
  MultiFieldSchema,
  TextFieldSchema,
  NumberFieldSchema,
  BooleanFieldSchema,
  TableFieldSchema,
]);
export type Field = z.infer<typeof FieldSchema>;
export type FieldKind = Field['kind'];
export type SingleField = z.infer<typeof SingleFieldSchema>;
export type MultiField = z.infer<typeof MultiFieldSchema>;
export type TextField = z.infer<typeof TextFieldSchema>;
export type NumberField = z.infer<typeof NumberFieldSchema>;
export type BooleanField = z.infer<typeof BooleanFieldSchema>;
export type TableField = z.infer<typeof TableFieldSchema>;

export const QUESTION_IDS = [
  '7.1', '7.2', '7.3', '7.4', '7.4.1', '7.5', '7.6', '7.7', '7.7.1', '7.7.2',
  '7.8', '7.9', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.10',
] as const;
export const QuestionIdSchema = z.enum(QUESTION_IDS);
export type QuestionId = z.infer<typeof QuestionIdSchema>;

export const DocumentIdSchema = z.enum(['operations', 'configuration', 'env']);
export type DocumentId = z.infer<typeof DocumentIdSchema>;

export const QuestionSchema = z.strictObject({
  id: QuestionIdSchema,
  title: z.string().min(1),
  /** The label of the question's line in the phase summary. */
  summaryLabel: z.string().min(1),
  /** What the summary line describes, from the seed (shown when the line is TBD). */
  summaryHint: z.string().min(1),
  /** One line: why we ask. */
  help: z.string().min(1),
  /** The longer help behind `?`: why it matters. */
  why: z.string().min(1),
  /** Which sections of which generated document the answer fills. */
  affects: z.array(z.strictObject({ document: DocumentIdSchema, sections: z.array(z.string()).min(1) })).min(1),
  fields: z.array(FieldSchema).min(1),
  /**
   * Set at run time only (never in the YAML) by the hybrid pre-flight: the question is not asked because
   * the existing document named here already covers it.
   */
  keptIn: z.string().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const CatalogueSchema = z
  .strictObject({
    phase: z.literal(7),
    title: z.string(),
    questions: z.array(QuestionSchema),
  })
  .superRefine((cat, ctx) => {
    const ids = cat.questions.map((q) => q.id);
    if (ids.join(',') !== QUESTION_IDS.join(',')) {
      ctx.addIssue({ code: 'custom', message: `questions must be ${QUESTION_IDS.join(', ')} in that order; got ${ids.join(', ')}` });
    }
    for (const q of cat.questions) {
      const fields = new Map(q.fields.map((f) => [f.id, f]));
      if (fields.size !== q.fields.length) ctx.addIssue({ code: 'custom', message: `${q.id}: duplicate field id` });
      for (const f of q.fields) {
        if (f.kind === 'single' && !f.options.some((o) => o.id === f.default)) {
          ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: default "${f.default}" is not an option` });
        }
        if (f.kind === 'number' && (f.default < f.min || f.default > f.max)) {
          ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: default ${f.default} outside ${f.min}–${f.max}` });
        }
        for (const rule of f.defaultWhen ?? []) {
          const ids = new Set(f.kind === 'single' || f.kind === 'multi' ? f.options.map((o) => o.id) : []);
          const values = Array.isArray(rule.value) ? rule.value : [rule.value];
          if (f.kind !== 'single' && f.kind !== 'multi') ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: defaultWhen is for single and multi fields` });
          else if (f.kind === 'single' && Array.isArray(rule.value)) ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: a defaultWhen value of a single field is one option id` });
          else if (f.kind === 'multi' && !Array.isArray(rule.value)) ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: a defaultWhen value of a multi field is a list of option ids` });
          for (const v of values) if (!ids.has(v)) ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: defaultWhen value "${v}" is not an option` });
          const targetQ = rule.when.question ? cat.questions.find((x) => x.id === rule.when.question) : q;
          const target = targetQ?.fields.find((x) => x.id === rule.when.field);
          if (!targetQ || !target) ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: defaultWhen names unknown field "${rule.when.question ? `${rule.when.question}.` : ''}${rule.when.field}"` });
          else if (targetQ === q && q.fields.indexOf(target) >= q.fields.indexOf(f)) ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: defaultWhen must name an earlier field` });
          else if (targetQ !== q && cat.questions.indexOf(targetQ) >= cat.questions.indexOf(q)) ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: defaultWhen must name an earlier question` });
        }
        if (f.when && !f.when.question) {
          const target = fields.get(f.when.field);
          if (!target) ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: condition names unknown field "${f.when.field}"` });
          else if (q.fields.indexOf(target) >= q.fields.indexOf(f)) {
            ctx.addIssue({ code: 'custom', message: `${q.id}.${f.id}: condition must name an earlier field` });
          }
        }
      }
    }
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** An answer to one field. */
export type FieldValue = string | number | boolean | string[] | Row[];
/** Answers to one question, keyed by field id. */
export type QuestionAnswers = Record<string, FieldValue>;
/** All Phase 7 answers, keyed by question id. */
export type Answers = Partial<Record<QuestionId, QuestionAnswers>>;
