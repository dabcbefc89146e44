import type { ElectionStatus, FactCheckVerdict, Locale, Office, RegionType } from './index'

/** Every text of the guide's own (not from the CMS), Indonesian first. */
export const STRINGS = {
  id: {
    siteName: 'Pusat Panduan Pilkada 2024',
    skip: 'Langsung ke isi',
    nav: {
      home: 'Beranda',
      regions: 'Wilayah',
      timeline: 'Tahapan',
      guides: 'Panduan',
      faqs: 'Tanya jawab',
      factChecks: 'Cek fakta',
      search: 'Cari',
    },
    otherLanguage: 'English',
    otherLanguageLabel: 'Read this page in English',
    builtOn: (date: string) =>
      `Halaman ini dibuat pada ${date} dari isi yang diterbitkan KPU dan Bawaslu.`,
    asOf: (date: string) => `Per ${date}`,
    votingDay: 'Hari pemungutan suara',
    daysTo: (n: number) =>
      n > 0 ? `${n} hari lagi` : n === 0 ? 'hari ini' : `${-n} hari yang lalu`,
    currentStage: 'Tahapan yang sedang berlangsung',
    nextStage: 'Tahapan berikutnya',
    allStagesDone: 'Semua tahapan nasional dalam jadwal Pilkada 2024 telah selesai.',
    noStageNow: 'Tidak ada tahapan nasional yang berlangsung hari ini.',
    findRegion: 'Cari daerah Anda',
    findRegionHint: 'Ketik nama provinsi, kabupaten atau kota',
    find: 'Cari',
    notPublished: 'Belum dipublikasikan di panduan ini.',
    readGuide: 'Baca panduan',
    votingHours: 'Jam pemungutan suara',
    howToVote: 'Cara memilih',
    whatToBring: 'Apa yang dibawa',
    checkRegistration: 'Cek pendaftaran Anda',
    reportViolation: 'Laporkan pelanggaran (Bawaslu)',
    reportMisinformation: 'Laporkan hoaks',
    keyDates: 'Tanggal penting',
    officialLinks: 'Tautan resmi',
    source: 'Sumber',
    sources: 'Sumber',
    allStages: 'Semua tahapan',
    regionsTitle: 'Daerah pemilihan',
    regionsIntro:
      'Provinsi, lalu kabupaten dan kotanya. Pilih daerah untuk melihat pemilihan dan pasangan calonnya.',
    filterLabel: 'Saring daftar',
    filterEmpty: 'Tidak ada daerah yang cocok.',
    province: 'Provinsi',
    regenciesOf: (name: string) => `Kabupaten dan kota di ${name}`,
    // "Pemilihan Wali Kota Bandung", not "Wali Kota Kota Bandung".
    race: (office: string, region: string) =>
      `Pemilihan ${office} ${region.replace(/^(Kabupaten|Kota) /, '')}`,
    noElection: 'Daerah ini tidak memilih kepala daerah pada Pilkada 2024.',
    jakartaAdmin:
      'Kota dan kabupaten administrasi di Jakarta tidak memilih wali kota atau bupati; warganya memilih Gubernur Jakarta.',
    noGovernor: 'DI Yogyakarta tidak memilih gubernur pada Pilkada 2024.',
    candidates: 'Pasangan calon',
    ballotNumber: 'Nomor urut',
    head: 'Calon kepala daerah',
    deputy: 'Calon wakil',
    parties: 'Partai pengusung',
    independent: 'Perseorangan (independen)',
    vision: 'Visi',
    mission: 'Misi',
    visionMission: 'Visi dan misi',
    candidatesNotPublished:
      'Daftar pasangan calon untuk pemilihan ini belum dipublikasikan di panduan ini. Daftar resmi ada di infopemilu.kpu.go.id.',
    singleCandidate:
      'Calon tunggal: pasangan ini melawan kotak kosong. Pemilih dapat memilih pasangan calon atau kotak kosong; pasangan calon menang hanya dengan lebih dari 50% suara sah.',
    readAboutEmptyBox: 'Tentang kotak kosong',
    statusLabel: 'Status',
    photoOf: (head: string, deputy: string) => `Foto ${head} dan ${deputy}`,
    timelineTitle: 'Tahapan Pilkada 2024',
    guidesTitle: 'Panduan pemilih',
    faqsTitle: 'Tanya jawab',
    factChecksTitle: 'Cek fakta',
    noFactChecks: 'Belum ada cek fakta yang dipublikasikan.',
    verdict: 'Kesimpulan',
    claim: 'Klaim',
    searchTitle: 'Cari di panduan',
    searchNoScript:
      'Pencarian memerlukan JavaScript. Tanpa JavaScript, gunakan daftar daerah, panduan dan tanya jawab.',
    openData: 'Data terbuka',
    calendar: 'Kalender (iCal)',
    dataLicence:
      'Data wilayah: turunan cahyadsn/wilayah (lisensi MIT). Isi lain: dari sumber yang disebut pada setiap entri.',
    notice: 'Pengumuman',
    until: 'sampai',
    breadcrumb: 'Jejak halaman',
    // The "Laporkan hoaks" form (pages /lapor/ and /lapor/terima-kasih/).
    report: {
      title: 'Laporkan hoaks',
      intro:
        'Melihat kabar tentang Pilkada yang Anda ragukan? Kirimkan kepada KPU dan Bawaslu. Mereka memeriksanya dan menjawab di halaman cek fakta.',
      card: 'Melihat kabar tentang Pilkada yang Anda ragukan? Laporkan kepada KPU dan Bawaslu.',
      cardLink: 'Isi formulir laporan',
      seen: 'Apa yang Anda lihat?',
      seenHint: 'Tulis isi kabarnya, atau salin pesannya.',
      where: 'Di mana Anda melihatnya?',
      whereHint: 'Tautan, atau nama aplikasi atau grupnya (misalnya grup WhatsApp keluarga).',
      contact: 'Kontak Anda (boleh dikosongkan)',
      contactHint: 'Nomor telepon atau email, bila Anda ingin dihubungi. Tidak pernah ditampilkan.',
      honeypot: 'Jangan isi kolom ini',
      send: 'Kirim laporan',
      privacy: 'Laporan hanya dibaca oleh KPU dan Bawaslu, tidak diterbitkan.',
      offline: 'Laporan belum terkirim: periksa sambungan internet Anda, lalu coba lagi.',
      thanksTitle: 'Terima kasih',
      thanks:
        'Laporan Anda sudah kami terima. KPU dan Bawaslu akan memeriksanya; jawaban atas kabar yang terbukti hoaks terbit di halaman cek fakta.',
      another: 'Kirim laporan lain',
    },
  },
  en: {
    siteName: 'Pilkada 2024 Guide Centre',
    skip: 'Skip to content',
    nav: {
      home: 'Home',
      regions: 'Regions',
      timeline: 'Timeline',
      guides: 'Guides',
      faqs: 'FAQ',
      factChecks: 'Fact-checks',
      search: 'Search',
    },
    otherLanguage: 'Bahasa Indonesia',
    otherLanguageLabel: 'Baca halaman ini dalam bahasa Indonesia',
    builtOn: (date: string) =>
      `This page was built on ${date} from the content published by KPU and Bawaslu.`,
    asOf: (date: string) => `As of ${date}`,
    votingDay: 'Voting day',
    daysTo: (n: number) => (n > 0 ? `in ${n} days` : n === 0 ? 'today' : `${-n} days ago`),
    currentStage: 'Stage under way',
    nextStage: 'Next stage',
    allStagesDone: 'Every national stage of the Pilkada 2024 timeline has ended.',
    noStageNow: 'No national stage is under way today.',
    findRegion: 'Find your region',
    findRegionHint: 'Type the name of a province, regency or city',
    find: 'Find',
    notPublished: 'Not published in this guide yet.',
    readGuide: 'Read the guide',
    votingHours: 'Voting hours',
    howToVote: 'How to vote',
    whatToBring: 'What to bring',
    checkRegistration: 'Check your registration',
    reportViolation: 'Report a violation (Bawaslu)',
    reportMisinformation: 'Report misinformation',
    keyDates: 'Key dates',
    officialLinks: 'Official links',
    source: 'Source',
    sources: 'Sources',
    allStages: 'All stages',
    regionsTitle: 'Election regions',
    regionsIntro:
      'Provinces, then their regencies and cities. Choose a region to see its elections and candidate pairs.',
    filterLabel: 'Filter the list',
    filterEmpty: 'No region matches.',
    province: 'Province',
    regenciesOf: (name: string) => `Regencies and cities in ${name}`,
    race: (office: string, region: string) =>
      `Election of the ${office.toLowerCase()} of ${region}`,
    noElection: 'This region elects no regional head in Pilkada 2024.',
    jakartaAdmin:
      "Jakarta's administrative cities and regency elect no mayor or regent; their residents vote for the Governor of Jakarta.",
    noGovernor: 'DI Yogyakarta elects no governor in Pilkada 2024.',
    candidates: 'Candidate pairs',
    ballotNumber: 'Ballot number',
    head: 'Head candidate',
    deputy: 'Deputy candidate',
    parties: 'Nominating parties',
    independent: 'Independent',
    vision: 'Vision',
    mission: 'Mission',
    visionMission: 'Vision and mission',
    candidatesNotPublished:
      'The candidate pairs of this election are not published in this guide yet. The official list is at infopemilu.kpu.go.id.',
    singleCandidate:
      'Single pair: this pair runs against the empty box (kotak kosong). Voters may choose the pair or the empty box; the pair wins only with more than 50% of valid votes.',
    readAboutEmptyBox: 'About the empty box',
    statusLabel: 'Status',
    photoOf: (head: string, deputy: string) => `Photo of ${head} and ${deputy}`,
    timelineTitle: 'Pilkada 2024 timeline',
    guidesTitle: 'Voter guides',
    faqsTitle: 'Frequently asked questions',
    factChecksTitle: 'Fact-checks',
    noFactChecks: 'No fact-check has been published yet.',
    verdict: 'Verdict',
    claim: 'Claim',
    searchTitle: 'Search the guide',
    searchNoScript:
      'Search needs JavaScript. Without it, use the lists of regions, guides and questions.',
    openData: 'Open data',
    calendar: 'Calendar (iCal)',
    dataLicence:
      'Region data: derived from cahyadsn/wilayah (MIT licence). Other content: from the sources named with each entry.',
    notice: 'Notice',
    until: 'until',
    breadcrumb: 'Breadcrumb',
    // The "Laporkan hoaks" form (pages /lapor/ and /lapor/terima-kasih/).
    report: {
      title: 'Report misinformation',
      intro:
        'Seen something about the Pilkada that you doubt? Send it to KPU and Bawaslu. They check it and answer on the fact-checks page.',
      card: 'Seen something about the Pilkada that you doubt? Report it to KPU and Bawaslu.',
      cardLink: 'Fill in the report form',
      seen: 'What did you see?',
      seenHint: 'Write what it said, or paste the message.',
      where: 'Where did you see it?',
      whereHint: 'A link, or the name of the app or group (for example a family WhatsApp group).',
      contact: 'Your contact (optional)',
      contactHint: 'A phone number or e-mail, if you want to be contacted. Never shown.',
      honeypot: 'Leave this field empty',
      send: 'Send the report',
      privacy: 'Only KPU and Bawaslu read reports; they are not published.',
      offline: 'The report was not sent: check your internet connection, then try again.',
      thanksTitle: 'Thank you',
      thanks:
        'We have received your report. KPU and Bawaslu will check it; answers to claims found false are published on the fact-checks page.',
      another: 'Send another report',
    },
  },
} satisfies Record<Locale, unknown>

export type Strings = (typeof STRINGS)['id']
export const t = (locale: Locale): Strings => STRINGS[locale] as Strings

export const OFFICE_NAMES: Record<Locale, Record<Office, string>> = {
  id: { gubernur: 'Gubernur', bupati: 'Bupati', wali_kota: 'Wali Kota' },
  en: { gubernur: 'Governor', bupati: 'Regent', wali_kota: 'Mayor' },
}

export const REGION_TYPE_NAMES: Record<Locale, Record<RegionType, string>> = {
  id: {
    provinsi: 'Provinsi',
    kabupaten: 'Kabupaten',
    kota: 'Kota',
    kabupaten_administrasi: 'Kabupaten administrasi',
    kota_administrasi: 'Kota administrasi',
  },
  en: {
    provinsi: 'Province',
    kabupaten: 'Regency',
    kota: 'City',
    kabupaten_administrasi: 'Administrative regency',
    kota_administrasi: 'Administrative city',
  },
}

export const STATUS_NAMES: Record<Locale, Record<ElectionStatus, string>> = {
  id: {
    scheduled: 'Terjadwal',
    voting: 'Pemungutan suara',
    counting: 'Penghitungan suara',
    decided: 'Hasil ditetapkan',
    rerun: 'Pemilihan atau pemungutan suara ulang',
    postponed: 'Ditunda',
    cancelled: 'Dibatalkan',
  },
  en: {
    scheduled: 'Scheduled',
    voting: 'Voting',
    counting: 'Counting',
    decided: 'Result decided',
    rerun: 'Re-run or re-vote',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
  },
}

export const VERDICT_NAMES: Record<Locale, Record<FactCheckVerdict, string>> = {
  id: {
    accurate: 'Benar',
    inaccurate: 'Salah',
    misleading: 'Menyesatkan',
    unproven: 'Belum terbukti',
  },
  en: { accurate: 'Accurate', inaccurate: 'False', misleading: 'Misleading', unproven: 'Unproven' },
}

/** The path of a page in a locale: Indonesian at the root, English under /en. */
export const localePath = (locale: Locale, path: string) => (locale === 'id' ? path : `/en${path}`)
