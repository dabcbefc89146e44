import type { Field } from 'payload'

import { REVIEW_STATE_LABELS, REVIEW_STATES } from '../lib/reviewStates'

const editorsRead = ({ req }: { req: { user?: unknown } }) => Boolean(req.user)
const nobodyWrites = () => false

/**
 * The review state of the newest version, and who wrote and published it. The editorial guard
 * (hooks/workflow/editorialGuard.ts) decides who may move a document from one state to another; anonymous
 * readers see none of these fields.
 */
export const workflowFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    label: { id: 'Status tinjauan', en: 'Review state' },
    defaultValue: 'draft',
    index: true,
    options: REVIEW_STATES.map((value) => ({ label: REVIEW_STATE_LABELS[value], value })),
    // Sending back is a publisher's act; a contributor is not offered it (the guard refuses it).
    filterOptions: ({ data, options, req }) =>
      (req.user as null | { role?: string })?.role === 'publisher'
        ? options
        : options.filter(
            (option) =>
              (typeof option === 'string' ? option : option.value) !== 'changes_requested' ||
              data?.reviewState === 'changes_requested',
          ),
    access: { read: editorsRead },
    admin: {
      components: { Cell: './components/ReviewStateCell#ReviewStateCell' },
      position: 'sidebar',
      description: {
        id: 'Kontributor: pilih "Diajukan untuk ditinjau" lalu simpan draf. Penerbit: terbitkan, jadwalkan, atau pilih "Perlu perbaikan" dan tulis catatan.',
        en: 'Contributors: choose "Submitted for review" and save the draft. Publishers: publish, schedule, or choose "Changes requested" and write a note.',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { id: 'Catatan peninjau', en: 'Reviewer note' },
    maxLength: 2_000,
    access: {
      read: editorsRead,
      update: ({ req }) => (req.user as null | { role?: string })?.role === 'publisher',
      create: nobodyWrites,
    },
    admin: {
      position: 'sidebar',
      description: {
        id: 'Apa yang perlu diperbaiki. Wajib diisi penerbit saat mengembalikan untuk perbaikan.',
        en: 'What to fix. Required when a publisher sends the document back.',
      },
    },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { id: 'Diajukan oleh', en: 'Submitted by' },
    access: { create: nobodyWrites, update: nobodyWrites, read: editorsRead },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'submittedAt',
    type: 'date',
    label: { id: 'Diajukan pada', en: 'Submitted at' },
    access: { create: nobodyWrites, update: nobodyWrites, read: editorsRead },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH.mm' },
    },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { id: 'Terakhir disunting oleh', en: 'Last edited by' },
    access: { create: nobodyWrites, update: nobodyWrites, read: editorsRead },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'publishedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { id: 'Diterbitkan oleh', en: 'Published by' },
    access: { create: nobodyWrites, update: nobodyWrites, read: editorsRead },
    admin: { position: 'sidebar', readOnly: true },
  },
]
