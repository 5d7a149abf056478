import type * as NodePty from 'node-pty';

export declare function timeRun(args: string[], opts?: { cwd?: string; env?: NodeJS.ProcessEnv; expectCode?: number }): Promise<number>;
export declare function stripAnsi(s: string): string;
export declare function loadPty(): Promise<typeof NodePty | undefined>;
export interface PtySession {
  term: NodePty.IPty;
  exit: Promise<{ exitCode: number; signal?: number }>;
  readonly screen: string;
  timeToText(text: string, timeoutMs?: number): Promise<number>;
  timeToTextAfter(text: string, mark: number, timeoutMs?: number): Promise<number>;
  settle(quietMs?: number, timeoutMs?: number): Promise<void>;
  keyLatency(keys: string, timeoutMs?: number): Promise<number>;
  kill(): Promise<{ exitCode: number; signal?: number }>;
}
export declare function openPty(pty: typeof NodePty, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; cols?: number; rows?: number }): PtySession;
