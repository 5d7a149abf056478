import { Box, Text, type TextProps } from 'ink';

type Style = Pick<TextProps, 'dimColor' | 'bold' | 'color'>;

const NBSP = '\u00A0';

/**
 * The text with non-breaking spaces where a line must not break: between a number and its unit or the word
 * it counts ("5000 ms", "15 minutes", "2 retries"), after a sign that belongs to the number ("≤ 15 min",
 * "> 5%"), and before a separator (" · ", " - ", " — ", " → "), so a line ends with it and the next never starts
 * with it; a badge stays with the word after it.
 */
export function glue(text: string): string {
  return text
    .replace(/(?<![\p{L}\d.,])(\d[\d.,]*%?) (?=[\p{L}%\u00B5(])/gu, `$1${NBSP}`)
    .replace(/(^|\s)([\u2264\u2265<>~+\u2212]) (?=\d)/gu, `$1$2${NBSP}`) // ≤ ≥ < > ~ + −
    .replace(/(\S) ([\u00B7\u2013\u2014\u2192-]) /gu, `$1${NBSP}$2 `) // · – — → -
    .replace(/(\p{Extended_Pictographic}\uFE0F?|\[[^\]\s]{1,3}\]) (?=\S)/gu, `$1${NBSP}`); // a badge with its word: "⭐ recommended", "[*] recommended"
}

/** The words Prose wraps between: split at plain spaces and line breaks, never at the spaces glue() put in. */
export function proseWords(text: string): string[] {
  return glue(text)
    .split(/[ \t\r\n]+/)
    .filter(Boolean)
    .map((w) => w.replaceAll(NBSP, ' '));
}

/**
 * Text that wraps between words with no space left at the start of a line: each word is an item of a
 * wrapping row (Ink's own flex layout). (Ink wraps a long <Text> keeping the spaces, so a line that ends
 * exactly at the edge starts the next one with a space.) Lines wrap under the text's first column, wherever
 * the box starts; a number stays with its unit and a " · " separator ends a line rather than starting one
 * (see glue()). `tail`: a last part in another style, e.g. a dim "(recommended)".
 */
export function Prose({ children, tail, ...style }: { children: string; tail?: { text: string } & Style } & Style) {
  const words = proseWords(children);
  const { text: tailText = '', ...tailStyle } = tail ?? {};
  const more = proseWords(tailText);
  return (
    <Box flexWrap="wrap" columnGap={1} flexShrink={1}>
      {words.map((w, i) => (
        <Text key={i} {...style}>
          {w}
        </Text>
      ))}
      {more.map((w, i) => (
        <Text key={`t${i}`} {...style} {...tailStyle}>
          {w}
        </Text>
      ))}
    </Box>
  );
}

/**
 * A column of its own (a cursor, a letter, a checkbox) and text that wraps under the text, never under the
 * mark or at the left edge.
 */
export function Marked({ mark, children, tail, ...style }: { mark: string; children: string; tail?: { text: string } & Style } & Style) {
  return (
    <Box>
      <Box flexShrink={0}>
        <Text {...style}>{mark}</Text>
      </Box>
      <Prose {...style} tail={tail}>
        {children}
      </Prose>
    </Box>
  );
}

/** Parts joined by " · " that wrap as whole parts (a scope line, key hints). */
export function Parts({ parts, ...style }: { parts: string[] } & Style) {
  return (
    <Box flexWrap="wrap">
      {parts.map((p, i) => (
        <Text key={i} {...style}>
          {p}
          {i < parts.length - 1 ? ' · ' : ''}
        </Text>
      ))}
    </Box>
  );
}
