// Dates are formatted in the shared package: the CMS's draft preview shows them too.
export * from '@pilkada/shared/dates'
