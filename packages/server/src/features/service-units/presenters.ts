import type { ServiceUnitView } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { qualified } from '../shared/qualified.js';
import { serviceUnits } from './schema.js';

export const serviceUnitColumns = {
  id: serviceUnits.id,
  name: serviceUnits.name,
  kind: serviceUnits.kind,
  regionCode: serviceUnits.regionCode,
  regionName: sql<string>`(select r.name from regions r where r.code = ${qualified(serviceUnits.regionCode)})`,
  institutionId: serviceUnits.institutionId,
  institutionName: sql<
    string | null
  >`case when ${serviceUnits.institutionId} is null then null else ${currentInstitutionName(serviceUnits.institutionId)} end`,
  address: serviceUnits.address,
  phone: serviceUnits.phone,
  capacity: serviceUnits.capacity,
  active: serviceUnits.active,
};

type ServiceUnitRow = Awaited<ReturnType<typeof selectServiceUnits>>[number];

export function presentServiceUnit(row: ServiceUnitRow): ServiceUnitView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionCode: row.regionCode,
    regionName: row.regionName,
    institution:
      row.institutionId && row.institutionName
        ? { id: row.institutionId, name: row.institutionName }
        : null,
    address: row.address,
    phone: row.phone,
    capacity: row.capacity,
    active: row.active,
  };
}

export function selectServiceUnits(db: DbOrTx) {
  return db.select(serviceUnitColumns).from(serviceUnits);
}
