import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';

/**
 * Regions are national reference data (Kepmendagri): the permission alone is not enough, the
 * administrator must also work at national scope, so a province administrator cannot rename or
 * retire regions the whole country relies on.
 */
export function assertNationalAdmin(auth: AuthContext): void {
  if (auth.scope.level !== 'national')
    throw new AppError('FORBIDDEN', {
      id: 'Hanya administrator tingkat nasional yang dapat mengubah data wilayah',
      en: 'Only a national administrator may change region data',
    });
}
