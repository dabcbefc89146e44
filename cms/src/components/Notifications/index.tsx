import type { Payload } from 'payload'
import React from 'react'

import type { User } from '@pilkada/shared/payload-types'

import { MarkRead } from './MarkRead'

const dateTime = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'long',
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'Asia/Jakarta',
})

/** The editor's unread notifications, newest first, with their count; read with their access. */
export const NotificationsCard = async ({ payload, user }: { payload: Payload; user: User }) => {
  const { docs, totalDocs } = await payload.find({
    collection: 'notifications',
    where: { read: { equals: false } },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
  })
  return (
    <section
      className="review-dashboard__card review-dashboard__card--notifications"
      data-card="notifications"
    >
      <h2 className="review-dashboard__title">
        Pemberitahuan
        <span className="review-dashboard__count" aria-label={`${totalDocs} belum dibaca`}>
          {totalDocs}
        </span>
      </h2>
      {docs.length === 0 ? (
        <p className="review-dashboard__empty">Tidak ada pemberitahuan baru.</p>
      ) : (
        <ul className="review-dashboard__list">
          {docs.map((notice) => (
            <li key={notice.id} data-notification={notice.kind}>
              {notice.link ? <a href={notice.link}>{notice.message}</a> : notice.message}
              <span className="review-dashboard__meta">
                {dateTime.format(new Date(notice.createdAt))} WIB ·{' '}
                <MarkRead id={String(notice.id)} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="review-dashboard__todo">
        <a href={`${payload.config.routes.admin}/collections/notifications`}>Semua pemberitahuan</a>
      </p>
    </section>
  )
}
