import type { PlanDocument } from '@sigap/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { institutions } from '../institutions/schema.js';
import { regions } from '../regions/schema.js';
import { INSTITUTION_NOT_FOUND, REGION_NOT_FOUND } from '../shared/field-error.js';
import { planActivities, plans } from './schema.js';

type Text = { id: string; en: string };

const RAN_ACTIVITY_INVALID: Text = {
  id: 'Aksi RAN tidak ditemukan atau sudah tidak berlaku',
  en: 'The RAN activity does not exist or has been retired',
};

/**
 * What the schema cannot know: that the region and every institution exist, and that each RAD
 * activity links to an activity of a RAN that is still in force. `keptLinks` are links the plan
 * already has: a RAN revision that retires an activity must not make the RADs implementing it
 * impossible to revise. All problems are reported at once, each naming its field.
 */
export async function checkReferences(
  db: DbOrTx,
  doc: PlanDocument,
  keptLinks: ReadonlySet<string> = new Set(),
): Promise<void> {
  const fields: Array<{ path: string; message: Text }> = [];
  if (doc.regionCode !== null) {
    const [region] = await db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, doc.regionCode));
    if (!region) fields.push({ path: 'regionCode', message: REGION_NOT_FOUND });
  }

  const activities = doc.programs.flatMap((p, pi) =>
    p.activities.map((a, ai) => ({ a, at: `programs.${pi}.activities.${ai}` })),
  );
  const institutionIds = [
    ...new Set(
      activities.flatMap(({ a }) => [a.responsibleInstitutionId, ...a.relatedInstitutionIds]),
    ),
  ];
  const known = new Set(
    institutionIds.length === 0
      ? []
      : (
          await db
            .select({ id: institutions.id })
            .from(institutions)
            .where(inArray(institutions.id, institutionIds))
        ).map((r) => r.id),
  );
  const ranIds = [
    ...new Set(activities.flatMap(({ a }) => (a.ranActivityId === null ? [] : [a.ranActivityId]))),
  ];
  const ranOk = new Set(
    ranIds.length === 0
      ? []
      : (
          await db
            .select({ id: planActivities.id, retired: planActivities.retiredInRevision })
            .from(planActivities)
            .innerJoin(plans, eq(plans.id, planActivities.planId))
            .where(and(inArray(planActivities.id, ranIds), eq(plans.kind, 'ran')))
        )
          .filter((r) => r.retired === null || keptLinks.has(r.id))
          .map((r) => r.id),
  );

  for (const { a, at } of activities) {
    if (!known.has(a.responsibleInstitutionId))
      fields.push({ path: `${at}.responsibleInstitutionId`, message: INSTITUTION_NOT_FOUND });
    a.relatedInstitutionIds.forEach((id, i) => {
      if (!known.has(id))
        fields.push({ path: `${at}.relatedInstitutionIds.${i}`, message: INSTITUTION_NOT_FOUND });
    });
    if (a.ranActivityId !== null && !ranOk.has(a.ranActivityId))
      fields.push({ path: `${at}.ranActivityId`, message: RAN_ACTIVITY_INVALID });
  }
  const first = fields[0];
  if (!first) return;
  throw new AppError(
    'VALIDATION_FAILED',
    {
      id: `Data yang dikirim tidak sah: ${first.path} — ${first.message.id}`,
      en: `The submitted data is not valid: ${first.path} — ${first.message.en}`,
    },
    fields,
  );
}
