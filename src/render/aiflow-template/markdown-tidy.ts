/**
 * Cleans what removing tags leaves behind in a Markdown document, without touching fenced code or
 * front matter:
 * - a `---` line right after a text line would make that text a setext heading (as when a loop's last
 *   line meets the template's `---`): a blank line is put before it so it stays a thematic break;
 * - runs of blank lines collapse to one (unless an indented code block follows);
 * - the document starts without blank lines and ends with exactly one newline.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DASH_RULE = /^ {0,3}-{3,}[ \t\r]*$/;
const BLANK = /^[ \t\r]*$/;

function frontMatterEnd(lines: string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.findIndex((l, i) => i > 0 && (l === '---' || l === '...'));
  return close > 0 ? close + 1 : 0;
}

export function tidyMarkdown(text: string): string {
  const lines = text.split('\n');
  const start = frontMatterEnd(lines);
  const out = lines.slice(0, start);
  // the first non-blank line after each index (undefined at the end), computed once
  const nextText: (string | undefined)[] = new Array<string | undefined>(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i -= 1) nextText[i] = BLANK.test(lines[i]!) ? nextText[i + 1] : lines[i];
  let fence: string | null = null;
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      continue;
    }
    if (marker) fence = marker;
    const prev = out.length > start ? out[out.length - 1]! : '';
    if (BLANK.test(line)) {
      const next = nextText[i + 1];
      const codeFollows = next !== undefined && /^( {4}|\t)/.test(next);
      if ((out.length === start || BLANK.test(prev)) && !codeFollows) continue;
      out.push(line);
      continue;
    }
    if (DASH_RULE.test(line) && out.length > start && !BLANK.test(prev)) out.push('');
    out.push(line);
  }
  while (out.length > start && BLANK.test(out[out.length - 1]!)) out.pop();
  return `${out.join('\n')}\n`;
}
