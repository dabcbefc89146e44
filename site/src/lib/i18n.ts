import type { Locale } from '@pilkada/shared'
import {
  byLocale,
  ELECTION_STATUS_LABELS,
  OFFICE_LABELS,
  REGION_TYPE_LABELS,
  VERDICT_LABELS,
} from '@pilkada/shared/labels'

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
      `Halaman ini dibuat pada ${date} dari isi yang diterbitkan editor KPU dan Bawaslu; sumber setiap fakta disebut pada entrinya.`,
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
      'Semua provinsi, kabupaten dan kota, menurut abjad lalu menurut provinsi. Pilih daerah untuk melihat pemilihan dan pasangan calonnya.',
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
    previewNotice: 'Pratinjau draf',
    previewExplained: 'belum terbit, hanya terlihat oleh editor yang masuk.',
    until: 'sampai',
    breadcrumb: 'Jejak halaman',
    // The region page: the voter's questions, and what happened after voting day.
    partiesNotPublished: 'belum dipublikasikan di panduan ini',
    pollingStations: 'Jumlah TPS',
    pollingStationsOf: (n: string) => `${n} TPS`,
    votedOn: (date: string) => `Pemungutan suara digelar pada ${date}.`,
    votesOn: (date: string) => `Pemungutan suara akan digelar pada ${date}.`,
    afterVoting: 'Sesudah hari pemungutan suara',
    forVoters: (region: string) => `Untuk pemilih di ${region}`,
    electionOver: (date: string) =>
      `Pemungutan suara Pilkada 2024 sudah selesai pada ${date}. Hasil resmi ditetapkan oleh KPU provinsi dan KPU kabupaten/kota dalam rapat pleno rekapitulasi.`,
    electionAhead: (date: string) => `Pemungutan suara Pilkada 2024 akan digelar pada ${date}.`,
    votingHoursLocal: 'Jam pemungutan suara',
    linkCheckRegistration: 'Cek apakah Anda terdaftar dan di TPS mana (cekdptonline.kpu.go.id)',
    linkOfficialCandidates: 'Daftar resmi pasangan calon (infopemilu.kpu.go.id)',
    linkResults: 'Publikasi hasil penghitungan KPU (pilkada2024.kpu.go.id)',
    linkReportViolation: 'Laporkan pelanggaran ke Bawaslu (sigaplapor.bawaslu.go.id)',
    linkReportHoax: 'Laporkan hoaks kepada KPU dan Bawaslu',
    guidesForVoters: 'Panduan terkait',
    votedAgain: (n: number) =>
      `${n} pemilihan digelar ulang sebagian atau seluruhnya pada 2025 (pemungutan suara ulang atau pemilihan ulang)`,
    resultsNote:
      'Publikasi KPU di pilkada2024.kpu.go.id adalah alat publikasi, bukan rekapitulasi resmi yang menetapkan hasil.',
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
    // Finding your region, sharing, and the about page.
    pageSummary: (title: string) =>
      `${title}: Pusat Panduan Pilkada 2024, panduan pemilih untuk Pilkada serentak 27 November 2024, dengan sumber setiap fakta.`,
    homeSummary:
      'Panduan pemilih Pilkada serentak 27 November 2024: pasangan calon setiap daerah, tahapan, cara memilih, dan cek fakta, dengan sumber setiap fakta.',
    ogLocale: 'id_ID',
    regionsSummary:
      'Semua 552 provinsi, kabupaten dan kota menurut abjad dan menurut provinsi: pilih daerah Anda untuk melihat pemilihan dan pasangan calonnya.',
    searchResults: 'Hasil pencarian untuk',
    byLetter: 'Menurut abjad',
    byProvince: 'Menurut provinsi',
    jumpToLetter: 'Lompat ke huruf',
    jumpToProvince: 'Lompat ke provinsi',
    letterHeading: (letter: string) => `Huruf ${letter}`,
    searchAll: 'Cari kata ini di semua halaman',
    aboutTitle: 'Tentang panduan ini',
    aboutSummary:
      'Siapa yang menjalankan Pusat Panduan Pilkada 2024, siapa menerbitkan apa, dari mana datanya, dan lisensinya.',
    aboutIntro:
      'Pusat Panduan Pilkada 2024 adalah perangkat lunak sumber terbuka. Isinya ditulis dan diterbitkan oleh editor KPU dan Bawaslu, masing-masing dengan akunnya sendiri di CMS panduan ini; setiap isi melalui peninjauan sebelum terbit.',
    aboutWhoTitle: 'Siapa menerbitkan apa',
    aboutWhoKpu:
      'KPU: pemilihan, pasangan calon, dan tahapan, serta panduan dan tanya jawab yang bertanda KPU. Hanya akun KPU yang dapat mengubahnya.',
    aboutWhoBawaslu:
      'Bawaslu: panduan, tanya jawab, dan cek fakta yang bertanda Bawaslu, misalnya cara melaporkan pelanggaran. Hanya akun Bawaslu yang dapat mengubahnya.',
    aboutWhoPlatform:
      'Pengelola platform mengelola akun dan data wilayah, tetapi tidak menulis isi.',
    aboutDataTitle: 'Dari mana datanya',
    aboutDataKpu:
      'Daftar pasangan calon, nomor urut, dan jumlah TPS disalin dari daftar yang diterbitkan KPU (Sirekap, 21 November 2024). Daftar resmi ada di situs KPU:',
    aboutDataOther:
      'Partai pengusung sebagian pasangan, serta pemungutan suara ulang dan pemilihan ulang tahun 2025, berasal dari laporan media, bukan dari KPU atau Bawaslu; setiap entri menyebut sumbernya.',
    aboutDataRegions:
      'Kode dan nama wilayah berasal dari keputusan Menteri Dalam Negeri, melalui kompilasi cahyadsn/wilayah.',
    aboutOfficial:
      'Panduan ini bukan situs resmi KPU atau Bawaslu. Yang resmi adalah keputusan dan publikasi KPU dan Bawaslu sendiri; bila berbeda, ikuti sumber resmi.',
    aboutLicenceTitle: 'Lisensi',
    aboutLicenceCompilation:
      'Kompilasi data terbuka panduan ini: CC BY 4.0. Fakta dari penerbit lain tetap milik penerbitnya; setiap entri menyebut sumbernya.',
    aboutLicenceRegions:
      'Data wilayah: turunan cahyadsn/wilayah, lisensi MIT. Pemberitahuan lisensinya:',
    aboutOpenData: 'Unduh data terbuka',
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
      `This page was built on ${date} from the content that editors of KPU and Bawaslu published; each fact names its source.`,
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
      'Every province, regency and city, from A to Z, then by province. Choose a region to see its elections and candidate pairs.',
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
    previewNotice: 'Draft preview',
    previewExplained: 'not published, visible only to a logged-in editor.',
    until: 'until',
    breadcrumb: 'Breadcrumb',
    // The region page: the voter's questions, and what happened after voting day.
    partiesNotPublished: 'not published in this guide yet',
    pollingStations: 'Polling stations (TPS)',
    pollingStationsOf: (n: string) => `${n} polling stations`,
    votedOn: (date: string) => `Voting took place on ${date}.`,
    votesOn: (date: string) => `Voting will take place on ${date}.`,
    afterVoting: 'After voting day',
    forVoters: (region: string) => `For voters in ${region}`,
    electionOver: (date: string) =>
      `Voting in Pilkada 2024 ended on ${date}. The official results are set by the provincial and regency or city KPU in their recapitulation meetings.`,
    electionAhead: (date: string) => `Voting in Pilkada 2024 will take place on ${date}.`,
    votingHoursLocal: 'Voting hours',
    linkCheckRegistration:
      'Check that you are registered, and at which polling station (cekdptonline.kpu.go.id)',
    linkOfficialCandidates: 'The official list of candidate pairs (infopemilu.kpu.go.id)',
    linkResults: "KPU's published counts (pilkada2024.kpu.go.id)",
    linkReportViolation: 'Report a violation to Bawaslu (sigaplapor.bawaslu.go.id)',
    linkReportHoax: 'Report misinformation to KPU and Bawaslu',
    guidesForVoters: 'Related guides',
    votedAgain: (n: number) =>
      `${n} races voted again in part or in full in 2025 (re-votes or new elections)`,
    resultsNote:
      "KPU's publication at pilkada2024.kpu.go.id is a publication tool, not the official recapitulation that sets the results.",
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
    // Finding your region, sharing, and the about page.
    pageSummary: (title: string) =>
      `${title}: Pilkada 2024 Guide Centre, a voter's guide to the simultaneous regional elections of 27 November 2024, with the source of every fact.`,
    homeSummary:
      "A voter's guide to the simultaneous regional elections of 27 November 2024: every region's candidate pairs, the timeline, how to vote, and fact-checks, with the source of every fact.",
    ogLocale: 'en_US',
    regionsSummary:
      'All 552 provinces, regencies and cities, from A to Z and by province: choose your region to see its elections and candidate pairs.',
    searchResults: 'Results for',
    byLetter: 'From A to Z',
    byProvince: 'By province',
    jumpToLetter: 'Jump to letter',
    jumpToProvince: 'Jump to province',
    letterHeading: (letter: string) => `Letter ${letter}`,
    searchAll: 'Search all pages for these words',
    aboutTitle: 'About this guide',
    aboutSummary:
      'Who runs the Pilkada 2024 Guide Centre, who publishes what, where its data comes from, and its licences.',
    aboutIntro:
      "The Pilkada 2024 Guide Centre is open-source software. Its content is written and published by editors of KPU and Bawaslu, each with their own accounts in the guide's CMS; every entry is reviewed before it is published.",
    aboutWhoTitle: 'Who publishes what',
    aboutWhoKpu:
      "KPU: elections, candidate pairs and stages, and the guides and questions marked as KPU's. Only KPU's accounts can change them.",
    aboutWhoBawaslu:
      "Bawaslu: the guides, questions and fact-checks marked as Bawaslu's, such as how to report a violation. Only Bawaslu's accounts can change them.",
    aboutWhoPlatform:
      "The platform's administrators manage accounts and the region data, and write no content.",
    aboutDataTitle: 'Where the data comes from',
    aboutDataKpu:
      "The candidate pairs, their ballot numbers and the number of polling stations (TPS) are copied from the lists KPU published (Sirekap, 21 November 2024). The official lists are on KPU's sites:",
    aboutDataOther:
      'The nominating parties of some pairs, and the 2025 re-votes and re-runs, come from news reports, not from KPU or Bawaslu; each entry names its source.',
    aboutDataRegions:
      'Region codes and names come from decrees of the Minister of Home Affairs, through the cahyadsn/wilayah compilation.',
    aboutOfficial:
      "This guide is not an official site of KPU or Bawaslu. What is official are KPU's and Bawaslu's own decisions and publications; where they differ, follow the official source.",
    aboutLicenceTitle: 'Licences',
    aboutLicenceCompilation:
      "The compilation of the guide's open data: CC BY 4.0. Facts from other publishers stay theirs; each entry names its source.",
    aboutLicenceRegions:
      'Region data: derived from cahyadsn/wilayah, MIT licence. Its licence notice:',
    aboutOpenData: 'Download the open data',
  },
} satisfies Record<Locale, unknown>

export type Strings = (typeof STRINGS)['id']

/** The official places a voter is sent to (shared/data/FACTS.md, "Official places"). */
export const OFFICIAL_SITES = {
  checkRegistration: 'https://cekdptonline.kpu.go.id/',
  officialCandidates: 'https://infopemilu.kpu.go.id/',
  results: 'https://pilkada2024.kpu.go.id/',
  reportViolation: 'https://sigaplapor.bawaslu.go.id/',
} as const
export const t = (locale: Locale): Strings => STRINGS[locale] as Strings

// The names of the model's values come from the one table that the CMS's options use too.
export const OFFICE_NAMES = byLocale(OFFICE_LABELS)
export const REGION_TYPE_NAMES = byLocale(REGION_TYPE_LABELS)
export const STATUS_NAMES = byLocale(ELECTION_STATUS_LABELS)
export const VERDICT_NAMES = byLocale(VERDICT_LABELS)

/** The path of a page in a locale: Indonesian at the root, English under /en. */
export const localePath = (locale: Locale, path: string) => (locale === 'id' ? path : `/en${path}`)
