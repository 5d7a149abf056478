import type { Field, FieldValue, Row } from '../catalogue/schema.js';
import { oneLine } from './safe-text.js';

function optionLabel(field: Field, id: string): string {
  if (field.kind !== 'single' && field.kind !== 'multi') return id;
  return field.options.find((o) => o.id === id)?.label ?? id;
}

/**
 * An option's label without the seed's " - explanation" tail or a trailing parenthesis:
 * "Yes - Dockerize application" → "Yes", "Environment variables (.env files)" → "Environment variables".
 */
export function shortLabel(label: string): string {
  return label.split(' - ')[0]!.replace(/\s*\([^)]*\)$/, '').trim();
}

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** A unit word for exactly one: "minutes" → "minute", "retries" → "retry", "requests/minute" → "request/minute". */
export function singularUnit(unit: string): string {
  return unit.replace(/^([A-Za-z]+)(?=$|[\s/])/, (word) => (word.length <= 2 ? word : word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/** A number with its unit, as people write it: "15 minutes", "1 minute", "5%", "3x normal load". */
export function withUnit(n: number, unit: string): string {
  if (unit === '%' || unit === 'ms' || unit === 's' || unit === 'MB') return `${number(n)}${unit === '%' ? '' : ' '}${unit}`;
  if (unit.startsWith('x ')) return `${number(n)}${unit}`;
  return `${number(n)} ${n === 1 ? singularUnit(unit) : unit}`;
}

/** A field's value as one line of text (labels for options, units for numbers). */
export function formatValue(field: Field, value: FieldValue | undefined, opts: { short?: boolean } = {}): string {
  if (value === undefined) return '—';
  switch (field.kind) {
    case 'single': {
      const label = optionLabel(field, String(value));
      return opts.short ? shortLabel(label) : label;
    }
    case 'multi': {
      const ids = value as string[];
      if (ids.length === 0) return 'none';
      return ids.map((id) => (opts.short ? shortLabel(optionLabel(field, id)) : optionLabel(field, id))).join(', ');
    }
    case 'text':
      return String(value) === '' ? '—' : oneLine(String(value));
    case 'number':
      return withUnit(Number(value), field.unit);
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'table': {
      const rows = value as Row[];
      return `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`;
    }
    default: {
      const never: never = field;
      throw new Error(`unknown field ${JSON.stringify(never)}`);
    }
  }
}
