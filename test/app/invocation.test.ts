import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { invocation } from '../../src/app/invocation.js';

const node = '/usr/bin/node';
describe('invocation: the command the resume hint tells the user to type', () => {
  test('npx and npm exec say npx ai-flow', () => {
    expect(invocation([node, '/home/u/.npm/_npx/1/node_modules/.bin/ai-flow'], { npm_command: 'exec', PATH: '/usr/bin' }, '/p')).toBe('npx ai-flow');
  });
  test('npm_command=exec inherited by node bin/ai-flow.js (started under some other npx) is not npx', () => {
    expect(invocation([node, '/repo/bin/ai-flow.js'], { npm_command: 'exec', PATH: '' }, '/repo')).toBe('node bin/ai-flow.js');
  });
  test('the ai-flow command of a folder on PATH says ai-flow', () => {
    expect(invocation([node, '/usr/local/bin/ai-flow'], { PATH: '/usr/bin:/usr/local/bin' }, '/p')).toBe('ai-flow');
  });
  test('node bin/ai-flow.js in a clone says node bin/ai-flow.js, relative to where it ran', () => {
    expect(invocation([node, '/repo/bin/ai-flow.js'], { PATH: '/usr/bin' }, '/repo')).toBe('node bin/ai-flow.js');
    expect(invocation([node, '/repo/bin/ai-flow.js'], { PATH: '/usr/bin' }, '/elsewhere')).toBe('node /repo/bin/ai-flow.js');
  });
  test('a local install run by its path (not on PATH) names that path', () => {
    expect(invocation([node, join('/p', 'node_modules/.bin/ai-flow')], { PATH: '/usr/bin' }, '/p')).toBe('node_modules/.bin/ai-flow');
  });
  test('paths with spaces are quoted for the shell', () => {
    expect(invocation([node, '/my repo/bin/ai-flow.js'], { PATH: '' }, '/x')).toBe("node '/my repo/bin/ai-flow.js'");
  });
});
