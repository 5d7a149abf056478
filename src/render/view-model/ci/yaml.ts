import { stringify } from 'yaml';

/** A YAML scalar for one line of text, quoted only when YAML needs it. */
export function ys(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** `key: value` for one command, or a literal block (`key: |`) for several. */
export function scriptEntry(indent: string, key: string, lines: string[]): string[] {
  if (lines.length === 1 && !lines[0]!.includes('\n')) return [`${indent}${key}: ${ys(lines[0]!)}`];
  return [`${indent}${key}: |`, ...lines.map((l) => `${indent}  ${l}`)];
}

/** A list item holding one command (plain or quoted) or a literal block of several. */
export function listItem(indent: string, lines: string[]): string[] {
  if (lines.length === 1) return [`${indent}- ${ys(lines[0]!)}`];
  return [`${indent}- |`, ...lines.map((l) => `${indent}  ${l}`)];
}

/** The image a CI job runs lint/test in: the answer's base image when the app is containerized, else the language's official image. */
export function jobImage(stackId: string, baseImage: string | undefined, version: string | undefined): string {
  if (baseImage) return baseImage;
  switch (stackId) {
    case 'node':
      return `node:${version ?? 'lts'}`;
    case 'python':
      return `python:${version ?? '3'}`;
    case 'java':
      return `eclipse-temurin:${version ?? '21'}`;
    case 'go':
      return `golang:${version ?? '1'}`;
    default:
      return 'buildpack-deps:bookworm';
  }
}
