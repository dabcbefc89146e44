import type { CollectionConfig } from 'payload'

import { AUTHORITIES, ROLES } from '@pilkada/shared'
import { AUTHORITY_LABELS, ROLE_LABELS } from '@pilkada/shared/labels'

import { adminOrSelf } from '../access/adminOrSelf'
import {
  auditAccountChange,
  auditAccountDelete,
  auditUnlock,
  refuseSelfElevation,
} from '../hooks/accounts'
import { claimLoginAttempt, confirmLogin } from '../hooks/loginAttempts'
import { isAdmin, isAdminField } from '../access/isAdmin'

/** Editors' accounts. Only platform admins create accounts or change roles and authorities. */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { id: 'Akun', en: 'Account' },
    plural: { id: 'Akun', en: 'Accounts' },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    delete: isAdmin,
    read: adminOrSelf,
    // Payload lets any logged-in account unlock any other (admins included).
    unlock: isAdmin,
    update: adminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'authority', 'role'],
    group: { id: 'Pengaturan', en: 'Settings' },
    useAsTitle: 'name',
  },
  auth: {
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
    // Lockout after LOGIN_MAX_ATTEMPTS failures, for LOGIN_LOCK_MINUTES; counted atomically by
    // the hooks in loginAttempts.ts.
    lockTime: Number(process.env.LOGIN_LOCK_MINUTES || 10) * 60 * 1000,
    maxLoginAttempts: Number(process.env.LOGIN_MAX_ATTEMPTS || 5),
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { id: 'Nama', en: 'Name' },
      required: true,
    },
    {
      name: 'role',
      type: 'select',
      label: { id: 'Peran', en: 'Role' },
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
    },
    {
      name: 'authority',
      type: 'select',
      label: { id: 'Lembaga', en: 'Authority' },
      required: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: AUTHORITIES.map((value) => ({ label: AUTHORITY_LABELS[value], value })),
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ role: string }> }) =>
        (value === 'platform') === (siblingData?.role === 'admin') ||
        'Peran admin hanya untuk lembaga "platform", dan akun platform hanya berperan admin.',
    },
    {
      name: 'scope',
      type: 'radio',
      label: { id: 'Cakupan', en: 'Scope' },
      required: true,
      defaultValue: 'national',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: [
        { label: { id: 'Nasional', en: 'National' }, value: 'national' },
        { label: { id: 'Wilayah tertentu', en: 'Some regions' }, value: 'regional' },
      ],
    },
    {
      name: 'regions',
      type: 'relationship',
      label: { id: 'Wilayah cakupan', en: 'Regions covered' },
      relationTo: 'regions',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => data?.scope === 'regional',
        description: {
          id: 'Akun provinsi juga mencakup kabupaten dan kota di provinsi itu.',
          en: "A province's account also covers its regencies and cities.",
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ scope: string }> }) =>
        siblingData?.scope !== 'regional' ||
        (Array.isArray(value) && value.length > 0) ||
        'Pilih paling sedikit satu wilayah untuk akun berwilayah.',
    },
  ],
  hooks: {
    beforeOperation: [refuseSelfElevation, claimLoginAttempt],
    beforeLogin: [confirmLogin],
    afterChange: [auditAccountChange],
    afterOperation: [auditUnlock],
    afterDelete: [auditAccountDelete],
  },
}
