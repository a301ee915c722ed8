import { z } from 'zod';

/** Who of a subtree a poll or a survey campaign goes to: optional sectors, strata and roles (liaisons never). */
export const audienceFiltersSchema = z.object({
  sectors: z.array(z.string().min(1).max(100)).max(20).optional(),
  strata: z.array(z.string().min(1).max(100)).max(20).optional(),
  roles: z
    .array(z.enum(['collaborator', 'official', 'admin']))
    .max(3)
    .optional(),
});
