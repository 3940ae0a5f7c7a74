/** Types for scripts/package.js (CommonJS), so TypeScript tests can import its helpers. */
export declare function manifestVersion(version: string): string;
export declare function releaseManifest(text: string, base: string, version: string, functionsFile: string): string;
