import type { Row } from '../../../catalogue/schema.js';
import type { Stack } from '../stack.js';
import type { Snippet } from './types.js';

function maskFunction(strategy: string): string {
  const s = strategy.toLowerCase();
  if (s.includes('redact')) return '() => "[REDACTED]"';
  if (s.includes('last 4')) return '(v) => "****" + String(v).slice(-4)';
  if (s.includes('@')) return '(v) => String(v).replace(/^(.).*(@.*)$/, "$1***$2")';
  if (/^[*-]+\d+$/.test(s.replace(/\s/g, ''))) return '(v) => String(v).replace(/\\d(?=(?:\\D*\\d){4})/g, "*")';
  return '() => "[REDACTED]" /* strategy: ' + strategy.replace(/\*\//g, '') + ' */';
}

export function maskingCode(s: Stack, rules: Row[]): Snippet {
  const patterns = rules.map((r) => ({ names: String(r.pattern).split(',').map((p) => p.trim()).filter(Boolean), mask: maskFunction(String(r.strategy)) }));
  if (s.id === 'python') {
    const py = (fn: string) => fn.includes('slice(-4)') ? 'lambda v: "****" + str(v)[-4:]' : fn.includes('@') ? 'lambda v: re.sub(r"^(.).*(@.*)$", r"\\1***\\2", str(v))' : fn.includes('(?=') ? 'lambda v: re.sub(r"\\d(?=(?:\\D*\\d){4})", "*", str(v))' : 'lambda v: "[REDACTED]"';
    return { language: 'python', code: [
      'MASKS = [',
      ...patterns.map((p) => `    (re.compile(r"${p.names.map((n) => n.replace(/[^a-z0-9_]/gi, '')).join('|')}", re.I), ${py(p.mask)}),`),
      ']',
      '',
      'def mask(fields: dict) -> dict:',
      '    return {k: next((m(v) for rx, m in MASKS if rx.search(k)), v) for k, v in fields.items()}',
    ].join('\n') };
  }
  return { language: s.id === 'node' ? 'javascript' : 'text', code: [
    '// Applied to every field of a log line before it is written (keys matched case-insensitively)',
    'const MASKS = [',
    ...patterns.map((p) => `  [/${p.names.map((n) => n.replace(/[^a-z0-9_]/gi, '')).join('|')}/i, ${p.mask}],`),
    '];',
    'const mask = (fields) =>',
    '  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (MASKS.find(([rx]) => rx.test(k))?.[1] ?? ((x) => x))(v)]));',
  ].join('\n') };
}
