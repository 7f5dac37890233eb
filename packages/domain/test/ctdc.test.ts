import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymiseCtdc,
  CTDC_COLUMNS,
  CTDC_QUASI_IDENTIFIERS,
  type CtdcVictimFacts,
  ctdcCsvLines,
  ctdcRecord,
  MISSING,
} from '../src/index.js';

const nothing: CtdcVictimFacts = {
  registrationYear: null,
  source: null,
  sex: null,
  age: null,
  birthYear: null,
  citizenship: null,
  exploitationYear: null,
  recruitmentYear: null,
  countryOfExploitation: null,
  exploitationTypes: [],
  modus: [],
  meansOfControl: [],
  recruiterRelation: null,
};

/** Property tests run hundreds of cases; a busy machine must not fail them on time alone. */
const PROPERTY_TIMEOUT = 60_000;

describe('ctdcRecord', () => {
  it('maps a recorded victim onto the CTDC columns', () => {
    const rec = ctdcRecord({
      ...nothing,
      registrationYear: 2023,
      source: 'hotline',
      sex: 'female',
      age: 16,
      citizenship: 'ID',
      exploitationYear: 2022,
      recruitmentYear: 2021,
      countryOfExploitation: 'MY',
      exploitationTypes: ['forced_labour'],
      modus: ['abk_perikanan'],
      meansOfControl: ['debt_bondage', 'withholds_documents'],
      recruiterRelation: 'family',
    });
    expect(rec).toMatchObject({
      yearOfRegistration: 2023,
      Datasource: 'Hotline',
      gender: 'Female',
      ageBroad: '9--17',
      majorityStatus: 'Minor',
      majorityStatusAtExploit: 'Minor',
      majorityEntry: 'Minor',
      citizenship: 'ID',
      CountryOfExploitation: 'MY',
      meansOfControlDebtBondage: 1,
      meansOfControlWithholdsDocuments: 1,
      meansOfControlThreats: 0,
      meansOfControlRestrictsMovement: MISSING,
      meansOfControlNotSpecified: 0,
      meansOfControlConcatenated: 'Debt bondage; Withholds documents',
      isForcedLabour: 1,
      isSexualExploit: 0,
      isSexAndLabour: 0,
      typeOfExploitConcatenated: 'Forced labour',
      typeOfLabourAquafarming: 1,
      typeOfLabourAgriculture: 0,
      typeOfLabourNotSpecified: 0,
      typeOfLabourConcatenated: 'Aquafarming',
      typeOfSexProstitution: MISSING,
      isAbduction: MISSING,
      RecruiterRelationship: 'Family',
      recruiterRelationFamily: 1,
      recruiterRelationFriend: 0,
      recruiterRelationIntimatePartner: MISSING,
      recruiterRelationUnknown: 0,
    });
    expect(Object.keys(rec)).toEqual([...CTDC_COLUMNS]);
  });

  it('writes -99 for what is not known, and "not specified" flags', () => {
    const rec = ctdcRecord(nothing);
    for (const c of CTDC_COLUMNS) {
      const expected =
        c === 'meansOfControlNotSpecified' || c === 'recruiterRelationUnknown' ? 1 : MISSING;
      expect(rec[c], c).toBe(expected);
    }
  });

  it('leaves age band and majority unknown when a birth year leaves them in doubt', () => {
    const rec = ctdcRecord({ ...nothing, registrationYear: 2023, birthYear: 2005 });
    expect(rec.ageBroad).toBe(MISSING);
    expect(rec.majorityStatus).toBe(MISSING);
    const older = ctdcRecord({ ...nothing, registrationYear: 2023, birthYear: 1990 });
    expect(older.ageBroad).toBe('30--38');
    expect(older.majorityStatus).toBe('Adult');
  });

  it('takes a labour sector from irregular migration only when the labour was forced', () => {
    const irregular = ctdcRecord({ ...nothing, modus: ['pmi_nonprosedural'] });
    expect(irregular.isForcedLabour).toBe(MISSING);
    expect(irregular.typeOfLabourDomesticWork).toBe(MISSING);
    const forced = ctdcRecord({
      ...nothing,
      modus: ['pmi_nonprosedural'],
      exploitationTypes: ['forced_labour', 'sexual_exploitation'],
    });
    expect(forced.typeOfLabourDomesticWork).toBe(1);
    expect(forced.isSexAndLabour).toBe(1);
    expect(forced.typeOfExploitConcatenated).toBe('Forced labour; Sexual exploitation');
  });
});

const facts: fc.Arbitrary<CtdcVictimFacts> = fc.record({
  registrationYear: fc.constantFrom(2021, 2022, 2023, null),
  source: fc.constantFrom('hotline', 'case_management', 'import'),
  sex: fc.constantFrom('female', 'male', null),
  age: fc.option(fc.integer({ min: 0, max: 70 })),
  birthYear: fc.constant(null),
  citizenship: fc.constantFrom('ID', 'ID', 'ID', 'PH', null),
  exploitationYear: fc.constantFrom(2020, 2022, null),
  recruitmentYear: fc.constantFrom(2019, 2021, null),
  countryOfExploitation: fc.constantFrom('MY', 'SA', 'KH', 'ID', null),
  exploitationTypes: fc.subarray(['forced_labour', 'sexual_exploitation', 'forced_marriage']),
  modus: fc.subarray(['abk_perikanan', 'online_scam', 'pmi_nonprosedural']),
  meansOfControl: fc.subarray(['debt_bondage', 'false_promises']),
  recruiterRelation: fc.constantFrom('family', 'acquainted', null),
});

const QI_COLUMNS = CTDC_QUASI_IDENTIFIERS.flatMap((q) => q.columns);

describe('anonymiseCtdc (property)', () => {
  it(
    'writes the CTDC header and no QI combination shared by fewer than k rows',
    () => {
      fc.assert(
        fc.property(
          fc.array(facts, { maxLength: 200 }),
          fc.integer({ min: 2, max: 15 }),
          (data, k) => {
            const anonymised = anonymiseCtdc(data, k);
            const [header, ...lines] = [...ctdcCsvLines(data, anonymised)];
            expect(header).toBe(`${CTDC_COLUMNS.join(',')}\r\n`);
            const { report } = anonymised;
            expect(lines.length).toBe(report.rowsOut);
            expect(report.rowsOut).toBe(data.length - report.rowsDropped);
            expect(report.rowsDropped).toBe(data.length < k ? data.length : 0);

            const rows = lines.map((l) => l.replace(/\r\n$/, '').split(','));
            const at = (name: string) =>
              CTDC_COLUMNS.indexOf(name as (typeof CTDC_COLUMNS)[number]);
            const classes = new Map<string, number>();
            for (const r of rows) {
              const key = QI_COLUMNS.map((c) => r[at(c)]).join('|');
              classes.set(key, (classes.get(key) ?? 0) + 1);
            }
            for (const n of classes.values()) expect(n).toBeGreaterThanOrEqual(k);

            // the report counts exactly the values that became -99
            if (report.rowsDropped === 0) {
              const counted: Record<string, number> = {};
              rows.forEach((r, i) => {
                const before = ctdcRecord(data[i] as CtdcVictimFacts);
                CTDC_COLUMNS.forEach((c, j) => {
                  if (String(before[c]) !== r[j]) {
                    expect(r[j]).toBe(String(MISSING));
                    counted[c] = (counted[c] ?? 0) + 1;
                  }
                });
              });
              expect(report.suppressedValues).toEqual(counted);
            }
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
