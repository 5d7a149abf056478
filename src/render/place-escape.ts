import { dotenvComment, dotenvValue, tableCell } from '../engine/safe-text.js';

/** What kind of document a template renders: it decides how a value is escaped where it stands. */
export type DocumentFormat = 'markdown' | 'dotenv';

/** `.env.example` (and any `.env*`) is dotenv; everything else we render is Markdown. */
export function formatOf(outputPath: string): DocumentFormat {
  return /(^|\/)\.env[^/]*$/.test(outputPath) ? 'dotenv' : 'markdown';
}

/**
 * A value as it must be written where its tag stands in the template (`start` is the tag's offset), so that
 * it stays inside its table cell, comment or value:
 * - Markdown, on a table row (the line starts with `|`): `|` escaped, one line;
 * - dotenv, after `NAME=`: quoted so dotenv reads back exactly this one value; in a `#` comment: one line;
 * - anywhere else the value is written as it is (the view model's input is already one line per answer,
 *   see src/render/view-model/safe-input.ts, and values it composes are Markdown on purpose).
 */
export function escapeAt(value: string, template: string, start: number, format: DocumentFormat): string {
  const lineStart = template.lastIndexOf('\n', start - 1) + 1;
  const prefix = template.slice(lineStart, start);
  if (format === 'dotenv') {
    if (/^\s*#/.test(prefix)) return dotenvComment(value);
    if (/^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=\s*$/.test(prefix) || /^\s*(?:export\s+)?\{\{[^}]+\}\}\s*=\s*$/.test(prefix)) return dotenvValue(value);
    return dotenvComment(value);
  }
  if (/^\s*\|/.test(prefix)) return tableCell(value);
  return value;
}
