import type { Payload } from 'payload'

/**
 * Queues what the admin's "schedule publish" queues: Payload's `schedulePublish` task for a
 * guide, run as the publisher `userId` at `at`. For tests that need a job in the queue without
 * going through the admin's server function.
 */
export const queueScheduledPublish = (
  local: Payload,
  guideId: string,
  userId: number | string,
  at: Date,
) =>
  local.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'guides', value: guideId },
      user: { relationTo: 'users', value: userId },
    },
    waitUntil: at,
  } as never)
