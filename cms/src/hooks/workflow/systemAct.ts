import type { PayloadRequest } from 'payload'

import { editorOf } from '../../access/roles'

/**
 * Operations without an editor (the seed, scheduled jobs run by the system) and derived updates
 * (`context.derived`) are system acts: the workflow's checks let them pass.
 */
export const isSystemAct = (req: PayloadRequest) => !editorOf(req) || Boolean(req.context.derived)
