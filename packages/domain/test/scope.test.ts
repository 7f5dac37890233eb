import { describe, expect, it } from 'vitest';
import {
  makeScope,
  recordVisibleInScope,
  regionInScope,
  scopeRegionMatchesLevel,
  scopeWithin,
} from '../src/index.js';

const national = makeScope('national', null);
const jateng = makeScope('province', '33');
const semarang = makeScope('regency', '33.74');
const kupang = makeScope('regency', '53.01');

describe('scope', () => {
  it('a national scope covers every region', () => {
    for (const code of ['11', '33.74', '53.01.01.2001'])
      expect(regionInScope(national, code)).toBe(true);
  });

  it('a province covers its own kabupaten/kota and nothing else', () => {
    expect(regionInScope(jateng, '33')).toBe(true);
    expect(regionInScope(jateng, '33.74')).toBe(true);
    expect(regionInScope(jateng, '33.74.01.1001')).toBe(true);
    expect(regionInScope(jateng, '34')).toBe(false);
    // a prefix of digits is not containment: 3 is not 33, and 33.7 is not 33.74
    expect(regionInScope(makeScope('regency', '33.07'), '33.74')).toBe(false);
  });

  it('a district never sees another district', () => {
    expect(regionInScope(kupang, '53.71')).toBe(false);
    expect(regionInScope(kupang, '53.01')).toBe(true);
    expect(regionInScope(semarang, '33.01')).toBe(false);
  });

  it('records above the user (national, own province) are visible, siblings are not', () => {
    expect(recordVisibleInScope(kupang, null)).toBe(true);
    expect(recordVisibleInScope(kupang, '53')).toBe(true);
    expect(recordVisibleInScope(kupang, '33')).toBe(false);
    expect(recordVisibleInScope(kupang, '53.71')).toBe(false);
    expect(recordVisibleInScope(jateng, '33.74')).toBe(true);
  });

  it('only grants scopes inside the granter’s own', () => {
    expect(scopeWithin(semarang, jateng)).toBe(true);
    expect(scopeWithin(jateng, semarang)).toBe(false);
    expect(scopeWithin(national, jateng)).toBe(false);
    expect(scopeWithin(kupang, jateng)).toBe(false);
    for (const s of [national, jateng, semarang, kupang])
      expect(scopeWithin(s, national)).toBe(true);
  });

  it('checks that the region fits the scope level', () => {
    expect(scopeRegionMatchesLevel('national', null)).toBe(true);
    expect(scopeRegionMatchesLevel('national', '33')).toBe(false);
    expect(scopeRegionMatchesLevel('province', '33')).toBe(true);
    expect(scopeRegionMatchesLevel('province', '33.74')).toBe(false);
    expect(scopeRegionMatchesLevel('regency', '33.74')).toBe(true);
    expect(scopeRegionMatchesLevel('regency', null)).toBe(false);
  });
});
