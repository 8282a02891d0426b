/** The one import of Zod in the project, so there is one copy of it. */
export { z } from 'zod';
export type { ZodType } from 'zod';
