import type { MappedCaseRow, MappedVictim } from '@sigap/domain';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { type NamePartMemo, sealIdentity } from '../cases/person-crypto.js';
import type { Cell } from './bulk-sql.js';

/**
 * Sealed cells per victim, computed once: the import seals a chunk's victims while the previous
 * chunk is still being written (see run-import.ts), and the writes then find them here.
 */
const sealed = new WeakMap<MappedVictim, Cell[]>();

/** Victims sealed between two turns of the event loop (a few milliseconds of work). */
const SEAL_SLICE = 50;

/**
 * Seals a chunk's victims in slices, handing the event loop back between them: the previous
 * chunk's transaction sends its next statement as soon as the database answers, instead of the
 * database waiting idle until the whole chunk is sealed.
 */
export async function presealVictims(
  fields: FieldCrypto,
  rows: readonly MappedCaseRow[],
): Promise<void> {
  const memo: NamePartMemo = new Map();
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]?.victim;
    if (v) personDataCells(fields, v, memo);
    if (i % SEAL_SLICE === SEAL_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

export function personDataCells(fields: FieldCrypto, v: MappedVictim, memo?: NamePartMemo): Cell[] {
  const done = sealed.get(v);
  if (done) return done;
  const cells = sealCells(fields, v, memo);
  sealed.set(v, cells);
  return cells;
}

/** In the order of PERSON_DATA_COLUMNS (write-rows.ts). */
function sealCells(fields: FieldCrypto, v: MappedVictim, memo?: NamePartMemo): Cell[] {
  const s = sealIdentity(fields, v, memo);
  return [
    s.nameEnc,
    s.nikEnc,
    s.passportEnc,
    s.contactEnc,
    s.addressEnc,
    s.birthDateEnc,
    s.nameBidx,
    s.nameTokenBidx,
    s.nikBidx,
    s.passportBidx,
    s.birthDateBidx,
    v.birthYear,
    v.ageAtIdentification,
    v.isMinor,
    v.sex,
    v.citizenship,
    v.disability,
    v.addressRegionCode,
    v.traffickingStatus,
    v.statusDecidedBy,
    v.recruiterRelation,
  ];
}
