import type { SelectField } from 'payload'

import { GUIDE_TOPICS, type GuideTopic } from '@pilkada/shared'

const TOPIC_LABELS: Record<GuideTopic, { en: string; id: string }> = {
  voting: { id: 'Memberikan suara', en: 'Voting' },
  registration: { id: 'Pendaftaran pemilih', en: 'Voter registration' },
  candidates: { id: 'Pasangan calon', en: 'Candidates' },
  reporting: { id: 'Melaporkan pelanggaran', en: 'Reporting violations' },
  misinformation: { id: 'Hoaks dan disinformasi', en: 'Misinformation' },
  general: { id: 'Umum', en: 'General' },
}

export const topicField: SelectField = {
  name: 'topic',
  type: 'select',
  label: { id: 'Topik', en: 'Topic' },
  required: true,
  defaultValue: 'general',
  index: true,
  options: GUIDE_TOPICS.map((value) => ({ label: TOPIC_LABELS[value], value })),
  admin: { position: 'sidebar' },
}
