import type { ExistingDockerfile } from './types.js';

/**
 * An existing Dockerfile as written: stages (FROM image and name), EXPOSE ports, the last stage's
 * CMD/ENTRYPOINT, USER and whether it has a HEALTHCHECK. Line continuations are joined; lines are 1-based.
 */
export function parseDockerfile(file: string, text: string): ExistingDockerfile {
  const out: ExistingDockerfile = { file, stages: [], exposes: [], healthcheck: false };
  const lines = text.split(/\r?\n/);
  let cmd: string | undefined;
  let entry: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) line = line.replace(/\\\s*$/, ' ') + lines[++i]!.trim();
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const m = /^(\w+)\s+(.*)$/.exec(t);
    if (!m) continue;
    const [, instr, rest] = [m[0], m[1]!.toUpperCase(), m[2]!.trim()];
    if (instr === 'FROM') {
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      out.stages.push({ image: words[0] ?? '', ...(words[1]?.toLowerCase() === 'as' && words[2] ? { name: words[2] } : {}), line: start + 1 });
      cmd = undefined;
      entry = undefined;
      delete out.user;
      out.healthcheck = false;
    } else if (instr === 'EXPOSE') {
      for (const p of rest.split(/\s+/)) {
        const n = Number(/^(\d+)/.exec(p)?.[1]);
        if (n && !out.exposes.includes(n)) out.exposes.push(n);
      }
    } else if (instr === 'CMD') cmd = shellForm(rest);
    else if (instr === 'ENTRYPOINT') entry = shellForm(rest);
    else if (instr === 'USER') out.user = rest;
    else if (instr === 'HEALTHCHECK') out.healthcheck = !/^NONE$/i.test(rest);
  }
  const command = [entry, cmd].filter(Boolean).join(' ');
  if (command) out.command = command;
  return out;
}

/** `["node", "build/server.js"]` → `node build/server.js`; a shell-form command is kept as written. */
function shellForm(rest: string): string {
  if (!rest.startsWith('[')) return rest;
  try {
    const arr: unknown = JSON.parse(rest);
    return Array.isArray(arr) ? arr.map(String).join(' ') : rest;
  } catch {
    return rest;
  }
}
