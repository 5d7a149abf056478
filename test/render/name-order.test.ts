import { describe, expect, it } from 'vitest';
import { compareEnvNames } from '../../src/render/name-order.js';

// The cheat sheet sorted these names with localeCompare (ICU's root collation); the ICU-free order must be the same.
const collator = new Intl.Collator('en');
const sign = (n: number) => Math.sign(n);

describe('compareEnvNames', () => {
  it('orders upper-case names, digits and underscores as the root collation does', () => {
    const alphabet = 'AB_0Z9';
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const names = ['', '_', 'A', 'A_', 'A0', 'AB', 'DB_HOST', 'DBA', 'DB1', 'IMAGE', 'AWS_REGION', 'AWS_ACCOUNT_ID', 'REGISTRY', 'K8S_NAMESPACE', 'K_8S'];
    for (let i = 0; i < 400; i++) names.push(Array.from({ length: 1 + rnd(5) }, () => alphabet[rnd(alphabet.length)]).join(''));
    for (const a of names) for (const b of names) expect([a, b, sign(compareEnvNames(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
    expect([...names].sort(compareEnvNames)).toEqual([...names].sort((a, b) => collator.compare(a, b)));
  });

  it('hands other text to localeCompare', () => {
    for (const [a, b] of [['a', 'B'], ['é', 'f'], ['x-y', 'x_y']]) expect(sign(compareEnvNames(a!, b!))).toBe(sign(a!.localeCompare(b!)));
  });
});
