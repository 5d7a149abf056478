import type { MaskingRow794 } from '../../../catalogue/answer-types.generated.js';
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

export function maskingCode(s: Stack, rules: MaskingRow794[]): Snippet {
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
  const kind = (fn: string) => (fn.includes('slice(-4)') ? 'last4' : fn.includes('@') ? 'email' : fn.includes('(?=') ? 'digits' : 'redact');
  const keys = (p: { names: string[] }) => p.names.map((n) => n.replace(/[^a-z0-9_]/gi, '')).join('|');
  const rx = patterns.map((p) => ({ keys: keys(p), kind: kind(p.mask) }));
  if (s.id === 'go') {
    const fn: Record<string, string> = { last4: 'func(v string) string { if len(v) < 4 { return "****" }; return "****" + v[len(v)-4:] }', email: 'func(v string) string { return emailRx.ReplaceAllString(v, "$1***$2") }', digits: 'func(v string) string { if len(v) <= 4 { return "****" }; return strings.Repeat("*", len(v)-4) + v[len(v)-4:] }', redact: 'func(string) string { return "[REDACTED]" }' };
    return { language: 'go', code: [
      '// Applied to every field of a log line before it is written (keys matched case-insensitively)',
      'var emailRx = regexp.MustCompile(`^(.).*(@.*)$`)',
      '',
      'var masks = []struct {',
      '\tkey  *regexp.Regexp',
      '\tmask func(string) string',
      '}{',
      ...rx.map((r) => `\t{regexp.MustCompile(\`(?i)${r.keys}\`), ${fn[r.kind]}},`),
      '}',
    ].join('\n') };
  }
  if (s.id === 'java' || s.id === 'kotlin') {
    const fn: Record<string, string> = { last4: 'v -> "****" + v.substring(Math.max(0, v.length() - 4))', email: 'v -> v.replaceAll("^(.).*(@.*)$", "$1***$2")', digits: 'v -> v.replaceAll("\\\\d(?=(?:\\\\D*\\\\d){4})", "*")', redact: 'v -> "[REDACTED]"' };
    return { language: 'java', code: [
      '// Applied to every field of a log line before it is written (keys matched case-insensitively)',
      'Map<Pattern, UnaryOperator<String>> masks = new LinkedHashMap<>();',
      ...rx.map((r) => `masks.put(Pattern.compile("${r.keys}", Pattern.CASE_INSENSITIVE), ${fn[r.kind]});`),
    ].join('\n') };
  }
  if (s.id === 'ruby') {
    const fn: Record<string, string> = { last4: '->(v) { "****#{v.to_s[-4..]}" }', email: '->(v) { v.to_s.sub(/^(.).*(@.*)$/, \'\\1***\\2\') }', digits: '->(v) { v.to_s.gsub(/\\d(?=(?:\\D*\\d){4})/, "*") }', redact: '->(_v) { "[REDACTED]" }' };
    return { language: 'ruby', code: [
      '# Applied to every field of a log line before it is written; Rails: also list the keys in config.filter_parameters',
      'MASKS = {',
      ...rx.map((r) => `  /${r.keys}/i => ${fn[r.kind]},`),
      '}.freeze',
    ].join('\n') };
  }
  if (s.id === 'php') {
    const fn: Record<string, string> = { last4: 'fn ($v) => \'****\' . substr((string) $v, -4)', email: 'fn ($v) => preg_replace(\'/^(.).*(@.*)$/\', \'$1***$2\', (string) $v)', digits: 'fn ($v) => preg_replace(\'/\\d(?=(?:\\D*\\d){4})/\', \'*\', (string) $v)', redact: 'fn ($v) => \'[REDACTED]\'' };
    return { language: 'php', code: [
      '<?php',
      '// A Monolog processor: applied to every context field before the line is written',
      '$masks = [',
      ...rx.map((r) => `    '/${r.keys}/i' => ${fn[r.kind]},`),
      '];',
    ].join('\n') };
  }
  if (s.id === 'dotnet') {
    const fn: Record<string, string> = { last4: 'v => "****" + v[Math.Max(0, v.Length - 4)..]', email: 'v => Regex.Replace(v, "^(.).*(@.*)$", "$1***$2")', digits: 'v => Regex.Replace(v, @"\\d(?=(?:\\D*\\d){4})", "*")', redact: '_ => "[REDACTED]"' };
    return { language: 'csharp', code: [
      '// Applied to every field of a log line before it is written (keys matched case-insensitively)',
      'var masks = new List<(Regex Key, Func<string, string> Mask)>',
      '{',
      ...rx.map((r) => `    (new Regex("${r.keys}", RegexOptions.IgnoreCase), ${fn[r.kind]}),`),
      '};',
    ].join('\n') };
  }
  if (s.id === 'rust') {
    return { language: 'rust', code: [
      '// Applied to every field of a log line before it is written (keys matched case-insensitively)',
      'fn mask(key: &str, value: &str) -> String {',
      '    let key = key.to_lowercase();',
      ...rx.map((r) => `    if [${r.keys.split('|').map((k) => `"${k.toLowerCase()}"`).join(', ')}].iter().any(|k| key.contains(k)) {\n        return ${r.kind === 'last4' ? 'format!("****{}", &value[value.len().saturating_sub(4)..])' : '"[REDACTED]".to_string()'};\n    }`),
      '    value.to_string()',
      '}',
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
