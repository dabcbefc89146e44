import type { Payload } from 'payload'
import React from 'react'

import type { User } from '@pilkada/shared/payload-types'

import { NotificationsCard } from '../Notifications'
import { dashboardData, type QueueItem, type ScheduledItem } from './data'
import './index.scss'

const dateTime = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'long',
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'Asia/Jakarta',
})

/** A time in Indonesian with a 24-hour clock, in WIB. */
const when = (value: null | string) => {
  if (!value) return '—'
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : `${dateTime.format(date)} WIB`
}

const Card = ({
  children,
  count,
  slug,
  title,
}: {
  children: React.ReactNode
  count?: number
  slug: string
  title: string
}) => (
  <section className={`review-dashboard__card review-dashboard__card--${slug}`} data-card={slug}>
    <h2 className="review-dashboard__title">
      {title}
      {count !== undefined && (
        <span className="review-dashboard__count" aria-label={`${count} dokumen`}>
          {count}
        </span>
      )}
    </h2>
    {children}
  </section>
)

const Items = ({
  empty,
  items,
  line,
}: {
  empty: string
  items: QueueItem[]
  line: (item: QueueItem) => React.ReactNode
}) =>
  items.length === 0 ? (
    <p className="review-dashboard__empty">{empty}</p>
  ) : (
    <ul className="review-dashboard__list">
      {items.map((item) => (
        <li key={`${item.collection}:${item.id}`} data-doc={item.id}>
          <a href={item.href}>{item.title}</a>
          <span className="review-dashboard__meta">
            {item.collectionLabel} · {line(item)}
          </span>
          {item.comment && (
            <blockquote className="review-dashboard__comment">
              Catatan peninjau: {item.comment}
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  )

const BUILD_WORDS = {
  success: {
    headline: 'Situs panduan terakhir dibangun dengan berhasil.',
    todo: 'Tidak perlu tindakan: isi yang diterbitkan sudah tayang.',
  },
  failed: {
    headline: 'Pembangunan situs terakhir GAGAL. Situs sebelumnya tetap tayang.',
    todo: 'Isi yang baru diterbitkan belum tampil bagi pembaca. Baca pesan galat di atas; bila menyebut sebuah isi, perbaiki lalu terbitkan lagi. Bila galat berulang, hubungi admin platform.',
  },
  none: {
    headline: 'Belum ada pembangunan situs yang tercatat.',
    todo: 'Situs dibangun otomatis setelah isi pertama diterbitkan.',
  },
} as const

const Scheduled = ({ items }: { items: ScheduledItem[] }) =>
  items.length === 0 ? (
    <p className="review-dashboard__empty">Tidak ada jadwal terbit.</p>
  ) : (
    <ul className="review-dashboard__list">
      {items.map((item) => (
        <li key={`${item.href}:${item.at}`}>
          <a href={item.href}>{item.title}</a>
          <span className="review-dashboard__meta">
            {item.type === 'publish' ? 'Terbit' : 'Tarik terbitan'} pada {when(item.at)}
          </span>
        </li>
      ))}
    </ul>
  )

/**
 * The editors' dashboard: what waits for the reader of the page (a publisher's review queue, a
 * contributor's drafts and sent-back documents), the last site build and the next scheduled
 * publishes, and the editor's unread notifications. Shown above Payload's list of collections.
 */
export const ReviewDashboard = async ({ payload, user }: { payload: Payload; user?: User }) => {
  if (!user) return null
  const data = await dashboardData(payload, user)
  const build = BUILD_WORDS[data.build.status]
  return (
    <div className="review-dashboard" data-testid="review-dashboard">
      {data.role !== 'admin' && <NotificationsCard payload={payload} user={user} />}
      {data.role === 'publisher' && (
        <Card count={data.queue.total} slug="queue" title="Menunggu tinjauan Anda">
          <Items
            empty="Tidak ada yang menunggu tinjauan Anda."
            items={data.queue.items}
            line={(item) => `diajukan oleh ${item.person}, ${when(item.at)}`}
          />
        </Card>
      )}
      {data.role === 'contributor' && (
        <>
          <Card count={data.sentBack.total} slug="sent-back" title="Dikembalikan untuk perbaikan">
            <Items
              empty="Tidak ada dokumen yang dikembalikan."
              items={data.sentBack.items}
              line={(item) => `dikembalikan ${when(item.at)}`}
            />
          </Card>
          <Card count={data.drafts.total} slug="drafts" title="Draf Anda">
            <Items
              empty="Anda tidak punya draf yang belum diajukan."
              items={data.drafts.items}
              line={(item) => `disunting ${when(item.at)}`}
            />
          </Card>
        </>
      )}
      <Card slug="build" title="Pembangunan situs terakhir">
        <p
          className={`review-dashboard__build review-dashboard__build--${data.build.status}`}
          data-build={data.build.status}
        >
          {build.headline}
        </p>
        {data.build.status !== 'none' && (
          <dl className="review-dashboard__facts">
            <dt>Waktu</dt>
            <dd>{when(data.build.finishedAt)}</dd>
            <dt>Pemicu</dt>
            <dd>{data.build.reason || '—'}</dd>
            {data.build.status === 'failed' && data.build.error && (
              <>
                <dt>Pesan galat</dt>
                <dd>
                  <code>{data.build.error}</code>
                </dd>
              </>
            )}
          </dl>
        )}
        <p className="review-dashboard__todo">{build.todo}</p>
      </Card>
      <Card count={data.scheduled.length} slug="scheduled" title="Jadwal terbit berikutnya">
        <Scheduled items={data.scheduled} />
      </Card>
    </div>
  )
}
