import { interpretTag, TAG_PATTERN, type Tag } from './tags.js';

export type Token =
  | { t: 'text'; value: string }
  | (Tag & { line: number; raw: string; standalone: boolean; indent: string | null });

interface LineInfo {
  /** The line without its newline. */
  content: string;
  newline: string;
  tags: { tag: Tag; raw: string; index: number }[];
  /** Only block tags (and whitespace, or a heading marker left by a formatter): the line produces no output. */
  standalone: boolean;
  dropped: boolean;
}

/** Whitespace, optionally a Markdown heading marker (`## {{/EACH}}`): all a tag-only line may contain. */
const TAG_LINE_REST = /^[ \t]*(?:#{1,6}[ \t]*)?[ \t\r]*$/;
const BLANK = /^[ \t\r]*$/;
const TABLE_ROW = /^[ \t]*\|/;

function scanLine(content: string, newline: string, file: string, line: number): LineInfo {
  const tags: LineInfo['tags'] = [];
  let rest = '';
  let last = 0;
  for (const m of content.matchAll(TAG_PATTERN)) {
    const tag = interpretTag(m as RegExpExecArray, file, line);
    if (!tag) continue;
    rest += content.slice(last, m.index);
    last = m.index + m[0].length;
    tags.push({ tag, raw: m[0], index: m.index });
  }
  rest += content.slice(last);
  const standalone = tags.length > 0 && tags.every((x) => x.tag.t !== 'var') && TAG_LINE_REST.test(rest);
  return { content, newline, tags, standalone, dropped: false };
}

/**
 * Formatter damage: a blank line between a table's header and the `{{#EACH}}` that emits its rows
 * detaches the rows from the table. Drop those blank lines when the loop body starts with a row.
 */
function reattachTableRows(lines: LineInfo[]): void {
  lines.forEach((info, i) => {
    const first = info.tags[0]?.tag;
    if (!info.standalone || info.tags.length !== 1 || first?.t !== 'open' || first.kind === 'if') return;
    const next = lines.slice(i + 1).find((l) => !l.standalone);
    if (!next || !TABLE_ROW.test(next.content)) return;
    let k = i - 1;
    while (k >= 0 && BLANK.test(lines[k]!.content) && !lines[k]!.tags.length) k -= 1;
    if (k < 0 || k === i - 1 || !TABLE_ROW.test(lines[k]!.content)) return;
    for (let b = k + 1; b < i; b += 1) lines[b]!.dropped = true;
  });
}

/** Splits a template into text and tag tokens; tag-only lines are consumed whole (newline included). */
export function tokenize(text: string, file: string): Token[] {
  const parts = text.split('\n');
  const lines = parts.map((content, i) => scanLine(content, i < parts.length - 1 ? '\n' : '', file, i + 1));
  reattachTableRows(lines);
  const tokens: Token[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const prev = tokens[tokens.length - 1];
    if (prev?.t === 'text') prev.value += value;
    else tokens.push({ t: 'text', value });
  };
  lines.forEach((info, i) => {
    if (info.dropped) return;
    const line = i + 1;
    if (info.standalone) {
      for (const x of info.tags) tokens.push({ ...x.tag, line, raw: x.raw, standalone: true, indent: null });
      return;
    }
    let last = 0;
    for (const x of info.tags) {
      const before = info.content.slice(last, x.index);
      const indent = last === 0 && /^[ \t]*$/.test(before) ? before : null;
      pushText(before);
      tokens.push({ ...x.tag, line, raw: x.raw, standalone: false, indent });
      last = x.index + x.raw.length;
    }
    pushText(info.content.slice(last) + info.newline);
  });
  return tokens;
}
