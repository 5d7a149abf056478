/** The document without its fenced code blocks (their `#` lines are comments, not headings). */
export function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '```');
}
