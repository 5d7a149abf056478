import type { ProjectStack } from './types.js';

/** The stack in the compact form the answers cache records (`phases.phase7.detected`): values only, no evidence. */
export function compactStack(stack: ProjectStack): Record<string, string | number | null | string[]> {
  const out: Record<string, string | number | null | string[]> = { language: stack.language?.value ?? null };
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  put('languageVersion', stack.languageVersion?.value);
  put('framework', stack.framework?.value);
  put('packageManager', stack.packageManager?.value);
  put('name', stack.name?.value);
  for (const [k, f] of Object.entries(stack.commands)) put(`${k}Command`, f?.value);
  put('port', stack.port?.value);
  put('healthPath', stack.healthPath?.value);
  put('orm', stack.orm?.value);
  put('migrationTool', stack.migrationTool?.value);
  put('database', stack.database?.value);
  if (stack.workers.length) out.workers = stack.workers.map((w) => `${w.name} (${w.kind})`);
  if (stack.envVars.length) out.envVars = stack.envVars.map((v) => v.name);
  if (stack.deployFiles.length) out.deployFiles = stack.deployFiles.map((d) => `${d.kind}: ${d.file}`);
  return out;
}
