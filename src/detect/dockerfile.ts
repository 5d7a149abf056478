/**
 * The base image of a Dockerfile's last stage: its `FROM`, with `--platform` flags skipped, a
 * reference to an earlier stage (`FROM build`) followed to that stage's image, and `${ARG}` replaced
 * by the defaults of ARGs declared before the first FROM. Undefined when it stays unresolved.
 */
export function lastStageImage(text: string): string | undefined {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const args = new Map<string, string>();
  const stages = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines) {
    const arg = /^ARG\s+([A-Za-z_]\w*)=("?)([^"\s]*)\2/i.exec(line);
    if (arg && last === undefined) args.set(arg[1]!, arg[3]!);
    const from = /^FROM\s+(.*)$/i.exec(line);
    if (!from) continue;
    const words = from[1]!.split(/\s+/).filter((w) => !w.startsWith('--'));
    const image = substitute(words[0] ?? '', args);
    const resolved = stages.get(image.toLowerCase()) ?? image;
    if (words[1]?.toLowerCase() === 'as' && words[2]) stages.set(words[2].toLowerCase(), resolved);
    last = resolved;
  }
  return last && !last.includes('$') ? last : undefined;
}

function substitute(image: string, args: Map<string, string>): string {
  return image.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole, braced?: string, fallback?: string, bare?: string) => {
    const name = (braced ?? bare)!;
    return args.get(name) || fallback || whole;
  });
}
