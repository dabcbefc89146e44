import type { ContentAuthority, GuideTopic } from '@pilkada/shared'

import type { Block } from '../lib/lexical'

/** Seeded questions and answers; each answer comes from `shared/data/FACTS.md`. */
export type SeedFaq = {
  authority: ContentAuthority
  order: number
  source: string
  topic: GuideTopic
  id: { answer: Block[]; question: string }
  en: { answer: Block[]; question: string }
}

export const FAQS: SeedFaq[] = [
  {
    topic: 'voting',
    authority: 'kpu',
    order: 10,
    source: 'PKPU 2/2024\nKeppres 33/2024',
    id: {
      question: 'Kapan hari pemungutan suara Pilkada 2024?',
      answer: [{ p: 'Rabu, 27 November 2024. Hari itu ditetapkan sebagai hari libur nasional.' }],
    },
    en: {
      question: 'When is voting day of the 2024 regional elections?',
      answer: [{ p: 'Wednesday 27 November 2024. It is a national holiday.' }],
    },
  },
  {
    topic: 'general',
    authority: 'kpu',
    order: 20,
    source:
      'KPU, Sirekap Pilkada 2024 (daftar pasangan calon gubernur), 2024-11-21: https://sirekappilkada-obj-data.kpu.go.id/pilkada/paslon/pkwkp.json\nKPU, Sirekap Pilkada 2024 (daftar pasangan calon bupati dan wali kota), 2024-11-21: https://sirekappilkada-obj-data.kpu.go.id/pilkada/paslon/pkwkk.json',
    id: {
      question: 'Daerah mana yang tidak mengikuti Pilkada 2024?',
      answer: [
        {
          p: 'DI Yogyakarta tidak memilih gubernur. Lima kota administrasi di Jakarta dan Kabupaten Administrasi Kepulauan Seribu tidak memilih wali kota atau bupati; warganya tetap memilih Gubernur Jakarta.',
        },
      ],
    },
    en: {
      question: 'Which regions do not take part in the 2024 regional elections?',
      answer: [
        {
          p: "DI Yogyakarta elects no governor. Jakarta's five administrative cities and the administrative regency of Kepulauan Seribu elect no mayor or regent; their residents still vote for the Governor of Jakarta.",
        },
      ],
    },
  },
  {
    topic: 'candidates',
    authority: 'kpu',
    order: 30,
    source: 'https://infopemilu.kpu.go.id',
    id: {
      question: 'Di mana daftar resmi pasangan calon?',
      answer: [
        {
          p: 'Di [infopemilu.kpu.go.id](https://infopemilu.kpu.go.id), menu Pemilihan, Pasangan Calon, disaring menurut wilayah.',
        },
      ],
    },
    en: {
      question: 'Where is the official list of candidate pairs?',
      answer: [
        {
          p: 'At [infopemilu.kpu.go.id](https://infopemilu.kpu.go.id), under Pemilihan, Pasangan Calon, filtered by region.',
        },
      ],
    },
  },
  {
    topic: 'general',
    authority: 'kpu',
    order: 40,
    source: 'https://pilkada2024.kpu.go.id',
    id: {
      question: 'Apakah angka di pilkada2024.kpu.go.id hasil resmi?',
      answer: [
        {
          p: 'Bukan. [pilkada2024.kpu.go.id](https://pilkada2024.kpu.go.id) adalah alat publikasi hasil penghitungan, bukan rekapitulasi resmi menurut hukum.',
        },
      ],
    },
    en: {
      question: 'Are the figures on pilkada2024.kpu.go.id the official result?',
      answer: [
        {
          p: 'No. [pilkada2024.kpu.go.id](https://pilkada2024.kpu.go.id) is a tool that publishes counts; it is not the legal recapitulation.',
        },
      ],
    },
  },
  {
    topic: 'reporting',
    authority: 'bawaslu',
    order: 50,
    source: 'UU 1/2015 pasal 134\nhttps://sigaplapor.bawaslu.go.id',
    id: {
      question: 'Berapa lama waktu untuk melaporkan pelanggaran?',
      answer: [
        {
          p: 'Paling lambat 7 hari sejak Anda mengetahui pelanggaran. Lapor di [sigaplapor.bawaslu.go.id](https://sigaplapor.bawaslu.go.id) atau di kantor Bawaslu terdekat.',
        },
      ],
    },
    en: {
      question: 'How long do I have to report a violation?',
      answer: [
        {
          p: 'Within 7 days of learning of it. Report at [sigaplapor.bawaslu.go.id](https://sigaplapor.bawaslu.go.id) or at the nearest Bawaslu office.',
        },
      ],
    },
  },
]
