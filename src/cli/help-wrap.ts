/** Words of `text` filled into lines of at most `width` columns; continuation lines start with `indent`. */
export function fill(text: string, width: number, first = '', indent = first): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const start = line.length === (lines.length ? indent : first).length;
    if (!start && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line += (start ? '' : ' ') + word;
  }
  lines.push(line);
  return lines;
}

/**
 * Help text written as paragraphs (lines joined until a blank line) and examples (lines starting with two spaces,
 * the command and its description separated by two or more spaces), wrapped to the terminal's width: no hard
 * breaks mid-word at 80 columns, and continuation lines indented under their text.
 */
export function wrapHelp(text: string, width: number): string {
  const w = Math.max(40, width);
  const out: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(...fill(para.join(' '), w));
    para = [];
  };
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') {
      flush();
      out.push('');
    } else if (/^ {2}\S/.test(raw)) {
      flush();
      const m = /^ {2}(.*?\S)(?: {2,}(.*))?$/.exec(raw)!;
      const [cmd, what] = [m[1]!, m[2]];
      if (!what) out.push(...fill(cmd, w, '  ', '      '));
      else if (2 + cmd.length + 2 + what.length <= w) out.push(`  ${cmd}  ${what}`);
      else out.push(...fill(cmd, w, '  ', '      '), ...fill(what, w, '      '));
    } else if (/:$/.test(raw.trim()) && para.length === 0) {
      out.push(raw.trim());
    } else para.push(raw.trim());
  }
  flush();
  return out.join('\n');
}
