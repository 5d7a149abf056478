import type { ProjectScan } from '../scan.js';
import type { Fact, ProjectStack } from './types.js';

/** What one ecosystem's reader found in one folder (facts only; the caller merges by trust). */
export interface EcosystemRead {
  stack: Omit<ProjectStack, 'envVars' | 'envExample' | 'deployFiles' | 'documentsRead' | 'dockerfile'>;
  /** A start command guessed from the code (e.g. `app = FastAPI()`), weaker than a Procfile's or Dockerfile's. */
  inferredStart?: Fact<string>;
  /** The framework's default port, weaker than a port a deployment file names. */
  defaultPort?: Fact<number>;
  /** Whether this folder holds a server (a web framework or a server entry point): it wins over a tooling manifest. */
  server: boolean;
}

export type EcosystemReader = (scan: ProjectScan, dir: string) => EcosystemRead | undefined;

export const blank = (): EcosystemRead['stack'] => ({ language: null, commands: {}, workers: [], tools: [], unknowns: [] });

/** A JSON manifest as an object, or why it is not one (the reader then records an unknown). */
export function parseJson(text: string | undefined): { data?: Record<string, unknown>; error?: string } {
  if (text === undefined) return {};
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? { data: data as Record<string, unknown> } : { error: 'not an object' };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] };
  }
}
