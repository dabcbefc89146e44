// The guide's own texts live in the shared package: the CMS's draft preview shows them too.
export * from '@pilkada/shared/guideText'
