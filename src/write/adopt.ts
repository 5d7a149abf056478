import type { DocumentId } from '../catalogue/schema.js';
import { ADOPTED_DIR } from '../paths.js';

/**
 * Adopting a document ai-flow did not write (no entry in the generation record): the user's file is kept,
 * line for line, and what ai-flow generates is added after it. The adopted text is then what ai-flow
 * "generated" for that file, so later runs merge three ways as usual; the user's original is backed up
 * (ADOPTED_DIR) and every later run adds the newly generated part to that same original. Pure.
 */

/** Where the original of an adopted document is kept, relative to the project (one file per document path). */
export { ADOPTED_DIR };

export const ENV_MARKER = '# --- added by ai-flow phase7 ---';
export const MARKDOWN_HEADING = '## Added by ai-flow phase7';
const MARKDOWN_COMMENT = '<!-- Added by ai-flow phase7:';

export interface Adoption {
  text: string;
  /** What happened, in one line for the output: "kept your text, added 12 sections". */
  summary: string;
}

export function adoptedBackupPath(path: string): string {
  return `${ADOPTED_DIR}/${path}`;
}

export function adopt(document: DocumentId, path: string, original: string, generated: string): Adoption {
  return document === 'env' ? adoptEnv(original, generated) : adoptMarkdown(path, original, generated);
}

/**
 * The user's original inside an adopted text (what precedes our marker), for when its backup is gone;
 * undefined when the text is not an adoption.
 */
export function originalOfAdopted(document: DocumentId, text: string): string | undefined {
  const lines = text.split('\n');
  const at = document === 'env' ? lines.findIndex((l) => l.replace(/\r$/, '') === ENV_MARKER) : lines.findIndex((l) => l.startsWith(MARKDOWN_COMMENT));
  if (at === -1) return undefined;
  return withNewline(lines.slice(0, at).join('\n').replace(/[\r\n]+$/, ''));
}

/** `NAME=` / `export NAME=` (also commented out, `# NAME=`): the variable a dotenv line defines or mentions. */
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/;
const COMMENTED_ASSIGNMENT = /^\s*#\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/;
const SEPARATOR = /^#\s*[=\-#*~]{3,}\s*$/;

/** The file's line ending: CRLF when it uses it (what we add then uses it too). */
const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}${eolOf(text)}`;
}

/** The user's text as it is (only its trailing line breaks become one), a blank line, then our lines. */
function appendAfter(original: string, lines: string[]): string {
  const eol = eolOf(original);
  const mine = original.replace(/(\r?\n)+$/, '');
  return `${mine === '' ? '' : `${mine}${eol}${eol}`}${lines.join(eol)}${eol}`;
}

interface EnvGroup {
  heading: string[];
  vars: { name: string; lines: string[] }[];
}

/** Our .env.example as groups (blank-line separated chunks): each variable with the comment lines just above it. */
function envGroups(generated: string): { header: string[]; groups: EnvGroup[] } {
  const chunks = generated.replace(/\r\n/g, '\n').split(/\n\s*\n/).map((c) => c.split('\n').filter((l) => l !== ''));
  const first = chunks[0] ?? [];
  const header = first.every((l) => l.startsWith('#')) ? first : [];
  const groups: EnvGroup[] = [];
  for (const chunk of header.length > 0 ? chunks.slice(1) : chunks) {
    // A "# ====" / "# Group" / "# ====" heading: the lines up to the last separator before the first variable.
    const firstVar = chunk.findIndex((l) => ASSIGNMENT.test(l) && !l.trimStart().startsWith('#'));
    const upTo = firstVar === -1 ? chunk.length : firstVar;
    let headingEnd = 0;
    for (let i = 0; i < upTo; i += 1) if (SEPARATOR.test(chunk[i]!)) headingEnd = i + 1;
    if (firstVar === -1) headingEnd = chunk.length;
    const group: EnvGroup = { heading: chunk.slice(0, headingEnd), vars: [] };
    let pending: string[] = [];
    for (const line of chunk.slice(headingEnd)) {
      const m = line.trimStart().startsWith('#') ? null : ASSIGNMENT.exec(line);
      if (m) {
        group.vars.push({ name: m[1]!, lines: [...pending, line] });
        pending = [];
      } else pending.push(line);
    }
    groups.push(group);
  }
  return { header, groups };
}

/**
 * The user's .env.example, every line kept in its order, then a block of the variables it does not define
 * (or mention in a comment), in our groups with our comments. Variables it already defines are not repeated:
 * their description stays in specs/configuration.md.
 */
export function adoptEnv(original: string, generated: string): Adoption {
  const defined = new Set<string>();
  const lines = original.replace(/\r\n/g, '\n').split('\n');
  for (const line of lines) {
    const m = line.trimStart().startsWith('#') ? COMMENTED_ASSIGNMENT.exec(line) : ASSIGNMENT.exec(line);
    if (m) defined.add(m[1]!);
  }
  const { groups } = envGroups(generated);
  const block: string[] = [];
  let added = 0;
  let skipped = 0;
  for (const g of groups) {
    const vars = g.vars.filter((v) => !defined.has(v.name));
    skipped += g.vars.length - vars.length;
    if (vars.length === 0) continue;
    added += vars.length;
    block.push('', ...g.heading, ...vars.flatMap((v) => v.lines));
  }
  const kept = defined.size;
  const yours = `kept your ${kept} variable${kept === 1 ? '' : 's'} and comments as they were`;
  if (added === 0) return { text: withNewline(original), summary: `${yours}; it already has every variable ai-flow documents` };
  const text = appendAfter(original, [
    ENV_MARKER,
    '# Variables specs/configuration.md documents that this file did not have (generated by ai-flow phase7).',
    ...block,
  ]);
  const note = skipped > 0 ? `, not the ${skipped} you already define` : '';
  return { text, summary: `${yours}, added ${added} variable${added === 1 ? '' : 's'}${note}` };
}

interface Section {
  title: string;
  lines: string[];
}

/** Our Markdown as the lines before the first `## ` heading and its `## ` sections (fences respected). */
function markdownSections(generated: string): { preamble: string[]; sections: Section[] } {
  const preamble: string[] = [];
  const sections: Section[] = [];
  let fence: string | undefined;
  for (const line of generated.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    // (a fence opens with any run of 3+, and closes with a run of the same character at least as long)
    if (f && (!fence || (f[0] === fence[0] && f.length >= fence.length))) fence = fence ? undefined : f;
    const h = !fence && !f ? /^## (.*)$/.exec(line) : null;
    if (h) sections.push({ title: h[1]!, lines: [line] });
    else if (sections.length > 0) sections[sections.length - 1]!.lines.push(line);
    else preamble.push(line);
  }
  return { preamble, sections };
}

/**
 * A section with nothing to add to the existing document: empty, or one that starts by pointing to the
 * existing document (hybrid pre-flight: "Kept in `docs/operations.md`: question … was not asked again",
 * then only what holds until it is answered) — in that very document it would say nothing.
 */
function nothingToAdd(s: Section): boolean {
  const body = s.lines.slice(1).filter((l) => l.trim() !== '' && !/^#{3,6} /.test(l));
  return body.length === 0 || body[0]!.startsWith('**Kept in ');
}

/**
 * The user's Markdown, kept as it was, then our sections under "## Added by ai-flow phase7": all of them, but
 * never those that only say a question was kept in the existing document (in the pre-flight's gaps mode that
 * leaves the gap sections), nor our table of contents (it would list sections that are not there).
 */
export function adoptMarkdown(path: string, original: string, generated: string): Adoption {
  const { preamble, sections } = markdownSections(generated);
  // The closing "---" line and what follows it (ours: "Generated by ai-flow phase7 …") close the document, whichever sections stay.
  const last = sections[sections.length - 1];
  const rule = last ? last.lines.lastIndexOf('---') : -1;
  const footer = last && rule > 0 ? last.lines.splice(rule) : [];
  const added = sections.filter((s) => s.title !== 'Contents' && !nothingToAdd(s));
  const intro = preamble.filter((l) => !/^# /.test(l)).join('\n').trim();
  const yours = `kept your text`;
  if (added.length === 0) return { text: withNewline(original), summary: `${yours}; nothing to add` };
  const text = appendAfter(original, [
    `${MARKDOWN_COMMENT} the text above is ${path} as it was before (a copy is in ${adoptedBackupPath(path)}); the sections below come from the Phase 7 answers. -->`,
    '',
    MARKDOWN_HEADING,
    '',
    ...(intro ? [intro, ''] : []),
    ...added.map((s) => s.lines.join('\n').replace(/\s+$/, '')).join('\n\n').split('\n'),
    ...(footer.length > 0 ? ['', ...footer] : []),
  ]);
  return { text, summary: `${yours}, added ${added.length} section${added.length === 1 ? '' : 's'}` };
}
