import { expect, test } from 'vitest';
import { singularUnit, withUnit } from '../../src/engine/format.js';

test('units are singular for exactly one and plural otherwise', () => {
  expect(withUnit(1, 'minutes')).toBe('1 minute');
  expect(withUnit(2, 'minutes')).toBe('2 minutes');
  expect(withUnit(1, 'days')).toBe('1 day');
  expect(withUnit(1, 'connections')).toBe('1 connection');
  expect(withUnit(1, 'retries')).toBe('1 retry');
  expect(withUnit(0, 'retries')).toBe('0 retries');
  expect(withUnit(1, 'requests/minute')).toBe('1 request/minute');
  expect(withUnit(1, 'ms')).toBe('1 ms');
  expect(withUnit(1, '%')).toBe('1%');
  expect(singularUnit('instances')).toBe('instance');
});
