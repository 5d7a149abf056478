import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding phases/ and templates/: found by walking up from this module (src/ or dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'phases', 'phase7.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('ai-flow is installed incompletely: phases/phase7.yaml was not found next to the program. Reinstall ai-flow.');
    dir = parent;
  }
}
