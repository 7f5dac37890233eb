import { z } from 'zod';
import { page } from '../../shared/search.js';

const uuid = z.uuid().optional().catch(undefined);

/** The imports page: its list of past imports is paged. */
export const ImportsSearch = z.object({ page });
export type ImportsSearch = z.infer<typeof ImportsSearch>;

/** A new import may start with a template chosen (coming back from the template editor). */
export const NewImportSearch = z.object({ templateId: uuid });
export type NewImportSearch = z.infer<typeof NewImportSearch>;

/** A new template may start as a copy of another one (the built-in HTCDS 2.0 template). */
export const NewTemplateSearch = z.object({ copyOf: uuid });
export type NewTemplateSearch = z.infer<typeof NewTemplateSearch>;
