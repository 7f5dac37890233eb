import type { ImportTemplateView } from '@sigap/domain';
import { useMe } from '../../app/api/me.js';

/**
 * The server's rule (templates.ts): the built-in HTCDS template is read-only; others are changed
 * by their own institution or by a national user. Shown here so no one fills a form in vain.
 */
export function useTemplateEditable(): (t: ImportTemplateView) => boolean {
  const me = useMe();
  return (t) =>
    !t.builtIn &&
    (me.user.scope.level === 'national' || t.institutionId === me.user.institution.id);
}
