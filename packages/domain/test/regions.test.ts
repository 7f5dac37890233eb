import { describe, expect, it } from 'vitest';
import { parentRegionCode, regencyKind, regionLevelOfCode } from '../src/index.js';

describe('Kemendagri region codes', () => {
  it('reads the level from the shape of the code', () => {
    expect(regionLevelOfCode('33')).toBe('province');
    expect(regionLevelOfCode('33.74')).toBe('regency');
    expect(regionLevelOfCode('33.74.01')).toBe('district');
    expect(regionLevelOfCode('33.74.01.1001')).toBe('village');
    for (const bad of ['3', '333', '33.7', '33.74.1', '33.74.01.101', 'ab', '33-74', ''])
      expect(regionLevelOfCode(bad)).toBeNull();
  });

  it('finds the parent', () => {
    expect(parentRegionCode('33.74.01.1001')).toBe('33.74.01');
    expect(parentRegionCode('33.74')).toBe('33');
    expect(parentRegionCode('33')).toBeNull();
  });

  it('tells kota (71 and above) from kabupaten', () => {
    expect(regencyKind('33.74')).toBe('kota');
    expect(regencyKind('33.71')).toBe('kota');
    expect(regencyKind('33.70')).toBe('kabupaten');
    expect(regencyKind('33')).toBeNull();
  });
});
