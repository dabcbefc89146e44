import { graphql } from './graphql'

/**
 * The queries that the static guide makes at build time. Each takes a locale and reads one page
 * of one collection, so that a build makes a fixed number of requests whatever the number of
 * pages it writes. Other apps may use them too: they are the documented, stable way in.
 */

export const SiteSettingsQuery = graphql(`
  query SiteSettings($locale: LocaleInputType!) {
    SiteSettings(locale: $locale) {
      votingDay
      votingHours
      votingSource
      notice {
        active
        level
        message
        source
      }
      officialLinks {
        label
        url
        description
      }
      updatedAt
    }
  }
`)

export const GuidesQuery = graphql(`
  query Guides($locale: LocaleInputType!, $limit: Int!, $page: Int!) {
    Guides(locale: $locale, limit: $limit, page: $page, sort: "order") {
      hasNextPage
      docs {
        id
        slug
        title
        summary
        body
        topic
        authority
        source
        order
        updatedAt
      }
    }
  }
`)

export const FaqsQuery = graphql(`
  query Faqs($locale: LocaleInputType!, $limit: Int!, $page: Int!) {
    Faqs(locale: $locale, limit: $limit, page: $page, sort: "order") {
      hasNextPage
      docs {
        id
        question
        answer
        topic
        authority
        source
        order
        updatedAt
      }
    }
  }
`)

export const FactChecksQuery = graphql(`
  query FactChecks($locale: LocaleInputType!, $limit: Int!, $page: Int!) {
    FactChecks(locale: $locale, limit: $limit, page: $page, sort: "-date") {
      hasNextPage
      docs {
        id
        claim
        verdict
        explanation
        sources
        authority
        date
        updatedAt
      }
    }
  }
`)

export const StagesQuery = graphql(`
  query Stages($locale: LocaleInputType!, $limit: Int!, $page: Int!) {
    Stages(locale: $locale, limit: $limit, page: $page, sort: "start,end") {
      hasNextPage
      docs {
        id
        key
        name
        description
        start
        end
        scope
        region {
          id
        }
        source
      }
    }
  }
`)

export const RegionsQuery = graphql(`
  query Regions($limit: Int!, $page: Int!) {
    Regions(limit: $limit, page: $page, sort: "code") {
      hasNextPage
      docs {
        id
        code
        name
        type
        slug
        province {
          id
        }
      }
    }
  }
`)

export const ElectionsQuery = graphql(`
  query Elections($locale: LocaleInputType!, $limit: Int!, $page: Int!) {
    Elections(locale: $locale, limit: $limit, page: $page, sort: "title") {
      hasNextPage
      docs {
        id
        title
        region {
          id
        }
        office
        votingDate
        status
        statusReason
        statusSource
        pollingStations
        pollingStationsSource
        candidateCount
        singleCandidate
        updatedAt
      }
    }
  }
`)

export const CandidatesQuery = graphql(`
  query Candidates($locale: LocaleInputType!, $limit: Int!, $page: Int!) {
    Candidates(locale: $locale, limit: $limit, page: $page, sort: "ballotNumber") {
      hasNextPage
      docs {
        id
        election {
          id
        }
        ballotNumber
        headName
        deputyName
        nomination
        parties
        status
        vision
        mission
        source
        photo {
          alt
          width
          height
          url
          sizes {
            thumbnail {
              url
              width
              height
            }
            small {
              url
              width
              height
            }
            medium {
              url
              width
              height
            }
          }
        }
        updatedAt
      }
    }
  }
`)

/** Every query of the build, by operation name: the documents to register as trusted. */
export const SITE_QUERIES = {
  SiteSettings: SiteSettingsQuery,
  Guides: GuidesQuery,
  Faqs: FaqsQuery,
  FactChecks: FactChecksQuery,
  Stages: StagesQuery,
  Regions: RegionsQuery,
  Elections: ElectionsQuery,
  Candidates: CandidatesQuery,
}
