import {
  createLocalReq,
  type CollectionSlug,
  type GlobalSlug,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { Notification, User } from '@pilkada/shared/payload-types'

export type Notice = {
  kind: Notification['kind']
  message: string
  /** A path in the admin, e.g. `/admin/collections/guides/<id>`. */
  link?: string
  subject: string
}

/**
 * Tells each recipient in the admin (a notification only they read) and by e-mail through
 * Payload's e-mail adapter (the console when SMTP is not configured). The notification is part
 * of the save that caused it; a failed e-mail is logged and changes nothing.
 */
export const notify = async (req: PayloadRequest, recipients: User[], notice: Notice) => {
  const seen = new Set<string>()
  for (const recipient of recipients) {
    if (seen.has(String(recipient.id))) continue
    seen.add(String(recipient.id))
    await req.payload.create({
      collection: 'notifications',
      data: {
        recipient: recipient.id,
        kind: notice.kind,
        message: notice.message,
        link: notice.link,
        read: false,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const url = notice.link ? `${req.payload.config.serverURL || ''}${notice.link}` : ''
    void req.payload
      .sendEmail({
        to: recipient.email,
        subject: `[Pusat Panduan Pilkada] ${notice.subject}`,
        text: [`Halo ${recipient.name},`, '', notice.message, url && `\nBuka: ${url}`]
          .filter((line) => line !== '')
          .join('\n'),
      })
      .catch((error: unknown) =>
        req.payload.logger.error({ err: error, msg: `E-mail to ${recipient.email} not sent` }),
      )
  }
}

export const accountsWhere = async (payload: Payload, where: Where) =>
  (
    await payload.find({
      collection: 'users',
      where,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** A candidate reviewer as a request of their own, to ask the access rules as them. */
const asAccount = (req: PayloadRequest, account: User) =>
  createLocalReq({ user: { ...account, collection: 'users' } as never }, req.payload)

const publishersOfAuthority = (payload: Payload, authority: string) =>
  accountsWhere(payload, {
    and: [{ role: { equals: 'publisher' } }, { authority: { equals: authority } }],
  })

/**
 * The publishers who may act on a document: of its authority, whose scope covers it. Asks the
 * collection's own update access as each publisher, so the rule lives in one place.
 */
export const publishersOf = async (
  req: PayloadRequest,
  slug: CollectionSlug,
  id: string,
  authority: string,
) => {
  const access = req.payload.collections[slug]?.config.access.update
  const found: User[] = []
  for (const publisher of await publishersOfAuthority(req.payload, authority)) {
    const allowed = access
      ? await access({ req: await asAccount(req, publisher), id } as never)
      : false
    if (!allowed) continue
    if (allowed !== true) {
      const { totalDocs } = await req.payload.count({
        collection: slug,
        where: { and: [{ id: { equals: id } }, allowed] },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) continue
    }
    found.push(publisher)
  }
  return found
}

/** The publishers who may change a global (the site settings): its update access, asked as each. */
export const globalPublishersOf = async (
  req: PayloadRequest,
  slug: GlobalSlug,
  authority: string,
) => {
  const access = req.payload.config.globals.find((g) => g.slug === slug)?.access.update
  const found: User[] = []
  for (const publisher of await publishersOfAuthority(req.payload, authority)) {
    if (access && (await access({ req: await asAccount(req, publisher) } as never)) === true) {
      found.push(publisher)
    }
  }
  return found
}
