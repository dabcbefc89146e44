import type { ContentAuthority, GuideTopic } from '@pilkada/shared'

import type { Block } from '../lib/lexical'

/**
 * The seeded voter guides. Every statement comes from `shared/data/FACTS.md`, with the source
 * that it names there; facts that FACTS.md marks unverified are left out.
 */
export type SeedGuide = {
  authority: ContentAuthority
  order: number
  slug: string
  source: string
  topic: GuideTopic
  id: { body: Block[]; summary: string; title: string }
  en: { body: Block[]; summary: string; title: string }
}

const CEKDPT = '[cekdptonline.kpu.go.id](https://cekdptonline.kpu.go.id)'
const SIGAPLAPOR = '[sigaplapor.bawaslu.go.id](https://sigaplapor.bawaslu.go.id)'

export const GUIDES: SeedGuide[] = [
  {
    slug: 'cara-memilih',
    topic: 'voting',
    authority: 'kpu',
    order: 10,
    source:
      'PKPU 2/2024 (hari pemungutan suara)\nKeppres 33/2024 (hari libur nasional)\nPKPU 17/2024 pasal 9 dan pasal 29 (jam pemungutan suara)',
    id: {
      title: 'Cara memilih pada 27 November 2024',
      summary:
        'Pemungutan suara Pilkada serentak berlangsung Rabu, 27 November 2024, pukul 07.00–13.00 waktu setempat di TPS Anda.',
      body: [
        {
          p: 'Pemungutan suara Pilkada serentak 2024 berlangsung pada **Rabu, 27 November 2024**. Hari itu adalah hari libur nasional.',
        },
        { h2: 'Langkah-langkah' },
        {
          ol: [
            `Cek nama dan TPS Anda di ${CEKDPT}.`,
            'Siapkan dokumen yang perlu dibawa: KTP-el (atau Suket) dan, bagi pemilih dalam DPT, surat pemberitahuan Model C Pemberitahuan.',
            'Datang ke TPS antara pukul 07.00 dan 13.00 waktu setempat.',
            'Setelah pukul 13.00, hanya pemilih yang sudah mengantre yang masih dapat memilih.',
          ],
        },
        { h2: 'Siapa yang Anda pilih' },
        {
          p: 'Ada 545 pemilihan: 37 gubernur (semua provinsi kecuali DI Yogyakarta), 415 bupati dan 93 wali kota. Di sebagian besar kabupaten dan kota, pemilih memilih gubernur sekaligus bupati atau wali kota.',
        },
      ],
    },
    en: {
      title: 'How to vote on 27 November 2024',
      summary:
        'Voting in the simultaneous regional elections takes place on Wednesday 27 November 2024, 07.00–13.00 local time, at your polling station (TPS).',
      body: [
        {
          p: 'Voting in the 2024 simultaneous regional elections takes place on **Wednesday 27 November 2024**. It is a national holiday.',
        },
        { h2: 'Step by step' },
        {
          ol: [
            `Check your name and polling station (TPS) at ${CEKDPT}.`,
            'Get your documents ready: your KTP-el (or a Suket) and, if you are on the main voter list (DPT), the Model C Pemberitahuan notice.',
            'Go to your polling station between 07.00 and 13.00 local time.',
            'After 13.00, only voters already in the queue may still vote.',
          ],
        },
        { h2: 'Who you elect' },
        {
          p: 'There are 545 elections: 37 governors (every province except DI Yogyakarta), 415 regents and 93 mayors. In most regencies and cities, voters elect a governor and a regent or mayor on the same day.',
        },
      ],
    },
  },
  {
    slug: 'apa-yang-dibawa',
    topic: 'voting',
    authority: 'kpu',
    order: 20,
    source: 'PKPU 17/2024 (dokumen pemilih di TPS)',
    id: {
      title: 'Apa yang dibawa ke TPS',
      summary:
        'Bawa KTP-el atau Suket, ditambah surat yang sesuai dengan daftar tempat nama Anda tercantum.',
      body: [
        { h2: 'Pemilih dalam DPT (daftar pemilih tetap)' },
        {
          ul: [
            'KTP-el atau Suket.',
            'Surat pemberitahuan Model C Pemberitahuan, yang diterima paling lambat 3 hari sebelum hari pemungutan suara.',
          ],
        },
        { h2: 'Pemilih pindahan (DPTb)' },
        { ul: ['KTP-el atau Suket.', 'Surat pindah memilih Model A.'] },
        { h2: 'Pemilih yang tidak terdaftar (DPK)' },
        {
          ul: [
            'KTP-el atau Suket.',
            'Pemilih DPK memberikan suara pukul 12.00–13.00, selama surat suara masih tersedia.',
          ],
        },
      ],
    },
    en: {
      title: 'What to bring to the polling station',
      summary: 'Bring your KTP-el or a Suket, plus the letter that matches the list you are on.',
      body: [
        { h2: 'Voters on the main list (DPT)' },
        {
          ul: [
            'Your KTP-el or a Suket.',
            'The Model C Pemberitahuan notice, which arrives at least 3 days before voting day.',
          ],
        },
        { h2: 'Voters who moved (DPTb)' },
        { ul: ['Your KTP-el or a Suket.', 'The Model A transfer letter.'] },
        { h2: 'Voters on no list (DPK)' },
        {
          ul: [
            'Your KTP-el or a Suket.',
            'DPK voters vote from 12.00 to 13.00, while ballots last.',
          ],
        },
      ],
    },
  },
  {
    slug: 'jam-pemungutan-suara',
    topic: 'voting',
    authority: 'kpu',
    order: 30,
    source:
      'PKPU 17/2024 pasal 9 (jam pemungutan suara)\nPKPU 17/2024 pasal 29 (antrean setelah pukul 13.00)',
    id: {
      title: 'Jam pemungutan suara',
      summary: 'TPS melayani pemilih pukul 07.00–13.00 waktu setempat.',
      body: [
        {
          p: 'Pemungutan suara di TPS berlangsung pukul **07.00–13.00 waktu setempat** (WIB, WITA atau WIT sesuai daerah Anda).',
        },
        {
          p: 'Setelah pukul 13.00, hanya pemilih yang sudah berada dalam antrean yang masih dapat memberikan suara.',
        },
        {
          p: 'Pemilih yang tidak terdaftar (DPK) memberikan suara pukul 12.00–13.00, selama surat suara masih tersedia.',
        },
      ],
    },
    en: {
      title: 'Voting hours',
      summary: 'Polling stations serve voters from 07.00 to 13.00 local time.',
      body: [
        {
          p: 'Voting at the polling station runs from **07.00 to 13.00 local time** (WIB, WITA or WIT, depending on your region).',
        },
        { p: 'After 13.00, only voters already in the queue may still vote.' },
        { p: 'Voters on no list (DPK) vote from 12.00 to 13.00, while ballots last.' },
      ],
    },
  },
  {
    slug: 'cek-pendaftaran',
    topic: 'registration',
    authority: 'kpu',
    order: 40,
    source: 'https://cekdptonline.kpu.go.id',
    id: {
      title: 'Cek apakah Anda terdaftar sebagai pemilih',
      summary: `Masukkan NIK Anda di ${'cekdptonline.kpu.go.id'} untuk melihat status dan TPS Anda.`,
      body: [
        {
          ol: [
            `Buka ${CEKDPT}.`,
            'Masukkan NIK (nomor induk kependudukan) Anda.',
            'Konfirmasikan dengan kode yang dikirim lewat WhatsApp.',
            'Catat TPS tempat Anda terdaftar.',
          ],
        },
        {
          p: 'Tidak menemukan nama Anda? Baca panduan untuk pemilih pindahan (DPTb) dan pemilih yang tidak terdaftar (DPK).',
        },
      ],
    },
    en: {
      title: 'Check that you are registered to vote',
      summary:
        'Enter your NIK at cekdptonline.kpu.go.id to see your status and your polling station.',
      body: [
        {
          ol: [
            `Open ${CEKDPT}.`,
            'Enter your NIK (national identity number).',
            'Confirm with the code sent to you by WhatsApp.',
            'Note the polling station (TPS) where you are registered.',
          ],
        },
        {
          p: 'Cannot find your name? Read the guides for voters who moved (DPTb) and voters on no list (DPK).',
        },
      ],
    },
  },
  {
    slug: 'pemilih-pindahan-dptb',
    topic: 'registration',
    authority: 'kpu',
    order: 50,
    source: 'PKPU 17/2024 (dokumen pemilih DPTb)',
    id: {
      title: 'Pemilih pindahan (DPTb)',
      summary:
        'Pemilih yang pindah memilih membawa KTP-el atau Suket dan surat pindah memilih Model A.',
      body: [
        { p: 'Pemilih yang pindah memilih tercatat dalam daftar pemilih tambahan (DPTb).' },
        { h2: 'Yang dibawa ke TPS' },
        { ul: ['KTP-el atau Suket.', 'Surat pindah memilih Model A.'] },
        { p: `Cek status Anda di ${CEKDPT}.` },
      ],
    },
    en: {
      title: 'Voters who moved (DPTb)',
      summary:
        'Voters who vote elsewhere bring their KTP-el or a Suket and the Model A transfer letter.',
      body: [
        {
          p: 'Voters who vote away from their registered polling station are on the additional voter list (DPTb).',
        },
        { h2: 'What to bring' },
        { ul: ['Your KTP-el or a Suket.', 'The Model A transfer letter.'] },
        { p: `Check your status at ${CEKDPT}.` },
      ],
    },
  },
  {
    slug: 'pemilih-tidak-terdaftar-dpk',
    topic: 'registration',
    authority: 'kpu',
    order: 60,
    source: 'PKPU 17/2024 (pemilih DPK)',
    id: {
      title: 'Pemilih yang tidak terdaftar (DPK)',
      summary:
        'Pemilih yang tidak ada di daftar mana pun dapat memilih pukul 12.00–13.00 dengan KTP-el atau Suket, selama surat suara tersedia.',
      body: [
        {
          p: 'Pemilih yang tidak tercantum dalam daftar mana pun dicatat dalam daftar pemilih khusus (DPK).',
        },
        {
          ul: [
            'Bawa KTP-el atau Suket.',
            'Pemilih DPK memberikan suara pukul 12.00–13.00 waktu setempat.',
            'Pemilih DPK hanya dapat memilih selama surat suara masih tersedia.',
          ],
        },
      ],
    },
    en: {
      title: 'Voters on no list (DPK)',
      summary:
        'Voters on no list can vote from 12.00 to 13.00 with their KTP-el or a Suket, while ballots last.',
      body: [
        { p: 'Voters who are on no list are recorded on the special voter list (DPK).' },
        {
          ul: [
            'Bring your KTP-el or a Suket.',
            'DPK voters vote from 12.00 to 13.00 local time.',
            'DPK voters can vote only while ballots last.',
          ],
        },
      ],
    },
  },
  {
    slug: 'kotak-kosong',
    topic: 'candidates',
    authority: 'kpu',
    order: 70,
    source:
      'UU 10/2016 pasal 54D (calon tunggal)\nPKPU 10/2024 pasal 135 (perpanjangan pendaftaran)',
    id: {
      title: 'Calon tunggal dan kotak kosong',
      summary:
        'Bila hanya satu pasangan calon, pasangan itu melawan kotak kosong dan menang hanya dengan lebih dari 50% suara sah.',
      body: [
        {
          p: 'Di daerah yang hanya memiliki satu pasangan calon, surat suara memuat pasangan tersebut dan satu kolom kosong (kotak kosong). Pemilih dapat memilih pasangan calon atau kotak kosong.',
        },
        {
          p: 'Pasangan calon tunggal menang hanya bila memperoleh **lebih dari 50% suara sah** (UU 10/2016 pasal 54D).',
        },
        {
          p: 'Di daerah yang hanya memiliki satu pasangan calon, pendaftaran dibuka kembali pada 2–4 September 2024 (PKPU 10/2024 pasal 135).',
        },
        {
          p: 'Di Kabupaten Bangka dan Kota Pangkalpinang, kotak kosong menang. KPU menjadwalkan pemilihan baru pada 27 Agustus 2025.',
        },
      ],
    },
    en: {
      title: 'Single candidates and the empty box',
      summary:
        'Where only one pair runs, it runs against the empty box and wins only with more than 50% of valid votes.',
      body: [
        {
          p: 'Where only one candidate pair runs, the ballot shows that pair and an empty column (the empty box, "kotak kosong"). Voters may choose the pair or the empty box.',
        },
        {
          p: 'A single pair wins only with **more than 50% of valid votes** (UU 10/2016 art. 54D).',
        },
        {
          p: 'Where only one pair had registered, registration was reopened from 2 to 4 September 2024 (PKPU 10/2024 art. 135).',
        },
        {
          p: 'In Kabupaten Bangka and Kota Pangkalpinang the empty box won. KPU scheduled new elections for 27 August 2025.',
        },
      ],
    },
  },
  {
    slug: 'lapor-pelanggaran',
    topic: 'reporting',
    authority: 'bawaslu',
    order: 80,
    source:
      'UU 1/2015 pasal 134 (laporan pelanggaran)\nUU 1/2015 pasal 135 (penerusan laporan)\nhttps://sigaplapor.bawaslu.go.id',
    id: {
      title: 'Melaporkan pelanggaran ke Bawaslu',
      summary:
        'Laporkan pelanggaran pilkada secara daring di sigaplapor.bawaslu.go.id atau langsung ke kantor Bawaslu terdekat, paling lambat 7 hari sejak Anda mengetahuinya.',
      body: [
        { h2: 'Ke mana melapor' },
        {
          ul: [
            `Daring: ${SIGAPLAPOR}.`,
            'Langsung: di kantor Bawaslu mana pun, hingga pengawas TPS.',
            'Pada hari pemungutan suara, laporan diterima pukul 08.00–16.00.',
          ],
        },
        { h2: 'Isi laporan' },
        {
          ul: [
            'Identitas pelapor.',
            'Pihak yang dilaporkan.',
            'Waktu dan tempat kejadian.',
            'Uraian kejadian.',
          ],
        },
        {
          p: 'Laporan disampaikan **paling lambat 7 hari** sejak Anda mengetahui pelanggaran (UU 1/2015 pasal 134).',
        },
        { h2: 'Apa yang terjadi kemudian' },
        {
          p: 'Bawaslu meneruskan pelanggaran kode etik ke DKPP, pelanggaran administrasi ke KPU, dan tindak pidana ke kepolisian (UU 1/2015 pasal 135).',
        },
      ],
    },
    en: {
      title: 'Reporting a violation to Bawaslu',
      summary:
        'Report an election violation online at sigaplapor.bawaslu.go.id or at the nearest Bawaslu office, within 7 days of learning of it.',
      body: [
        { h2: 'Where to report' },
        {
          ul: [
            `Online: ${SIGAPLAPOR}.`,
            'In person: at any Bawaslu office, down to the polling station supervisor.',
            'On voting day, reports are taken from 08.00 to 16.00.',
          ],
        },
        { h2: 'What a report contains' },
        {
          ul: [
            'Who is reporting.',
            'Who is reported.',
            'When and where it happened.',
            'What happened.',
          ],
        },
        { p: 'Report **within 7 days** of learning of the violation (UU 1/2015 art. 134).' },
        { h2: 'What happens next' },
        {
          p: 'Bawaslu sends ethics cases to DKPP, administrative ones to KPU, and criminal ones to the police (UU 1/2015 art. 135).',
        },
      ],
    },
  },
]
