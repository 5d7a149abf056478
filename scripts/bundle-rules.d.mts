import type { Metafile } from 'esbuild';

export declare const LAZY_ONLY: string[];
export declare const NEVER_BUNDLED: string[];
export declare function packageOf(input: string): string | undefined;
export declare function staticClosure(metafile: Metafile, entry: string): Set<string>;
export declare function packagesIn(metafile: Metafile, output: string): Set<string>;
export declare function lazyOnlyViolations(metafile: Metafile, entry: string): string[];
