import { describe, expect, it } from 'vitest';
import { makeScope, mayManageAt, ServiceUnitCreate, TaskForceCreate } from '../src/index.js';

const national = makeScope('national', null);
const jateng = makeScope('province', '33');
const kupang = makeScope('regency', '53.01');

describe('mayManageAt', () => {
  it('lets national users change anything, regional users only their own region and below', () => {
    expect(mayManageAt(national, null)).toBe(true);
    expect(mayManageAt(national, '53.71')).toBe(true);
    expect(mayManageAt(jateng, '33')).toBe(true);
    expect(mayManageAt(jateng, '33.74')).toBe(true);
    expect(mayManageAt(jateng, '53')).toBe(false);
    expect(mayManageAt(jateng, '330')).toBe(false);
    expect(mayManageAt(kupang, '53.01')).toBe(true);
    expect(mayManageAt(kupang, '53')).toBe(false);
  });

  it('keeps records above a regional user (national, their province) out of their hands', () => {
    expect(mayManageAt(jateng, null)).toBe(false);
    expect(mayManageAt(kupang, null)).toBe(false);
  });
});

describe('TaskForceCreate', () => {
  const base = {
    name: 'Gugus Tugas',
    legalBasisNumber: 'Pergub 1/2020',
    legalBasisDate: '2020-01-01',
  };

  it('ties the level to the shape of the region code', () => {
    const ok: Array<[string, string | null]> = [
      ['national', null],
      ['province', '33'],
      ['regency', '33.74'],
    ];
    for (const [level, regionCode] of ok)
      expect(TaskForceCreate.safeParse({ ...base, level, regionCode }).success).toBe(true);
    const bad: Array<[string, string | null]> = [
      ['national', '33'],
      ['province', null],
      ['province', '33.74'],
      ['regency', '33'],
    ];
    for (const [level, regionCode] of bad) {
      const r = TaskForceCreate.safeParse({ ...base, level, regionCode });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['regionCode']);
    }
  });
});

describe('ServiceUnitCreate', () => {
  it('requires a Kemendagri region code', () => {
    const unit = { name: 'UPTD PPA', kind: 'uptd_ppa' };
    expect(ServiceUnitCreate.safeParse({ ...unit, regionCode: '53.71' }).success).toBe(true);
    expect(ServiceUnitCreate.safeParse({ ...unit, regionCode: 'Kupang' }).success).toBe(false);
  });
});
