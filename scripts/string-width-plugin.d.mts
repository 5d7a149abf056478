import type { Plugin } from 'esbuild';

export declare function stringWidthTable(realPath: string, texts: string[]): Promise<[number, number][]>;
export declare function stringWidthPlugin(root: string, texts?: string[]): Plugin;
