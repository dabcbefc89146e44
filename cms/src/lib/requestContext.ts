import type { ReviewStep } from '../hooks/workflow/review'

/**
 * What the hooks of one request tell each other through `req.context`, typed for all of them
 * (https://payloadcms.com/docs/hooks/context#typescript). A module that relies on these types
 * imports this file (`import type {} from`), so that every program that compiles it sees them.
 */
declare module 'payload' {
  export interface RequestContext {
    /** The seed's writes: no workflow checks, audit entries or rebuild signals. */
    seeding?: boolean
    /** A value the CMS derives (an election's count of pairs): a system act, never audited. */
    derived?: boolean
    /** The seed derives each election once, after its last pair. */
    deriveLater?: boolean
    /** Set by the revert endpoint: the restore under way is an audited revert. */
    revertReason?: string
    /** The images that published content shows (access/media.ts). */
    liveMediaIds?: string[]
    /** Whether the save of a collection or global (by slug) under way is a draft save. */
    [draftSave: `editorial:draft:${string}`]: boolean | undefined
    /** The live status of a record (`<slug>:<id>`) before the save under way. */
    [liveStatus: `editorial:live:${string}`]: null | string | undefined
    /** The review step that the save of a collection (by slug) makes, for its audit entry. */
    [reviewStep: `editorial:review:${string}`]: null | ReviewStep | undefined
    /** The regions an account (by id) covers. */
    [coveredRegions: `coveredRegions:${string}`]: string[] | undefined
    /** A pair's election (by id): its region and title. */
    [electionOf: `electionOf:${string}`]:
      null | { region: null | string; title: string } | undefined
    /** Whether a deleted image (by id) was one that published content showed. */
    [liveImageDeleted: `liveImageDeleted:${string}`]: boolean | undefined
  }
}
