import { buildSchema, findBreakingChanges } from 'graphql'

/**
 * The breaking changes from the released schema to the current one that the changelog does not
 * declare. Empty means the change is safe to release.
 */
export const undeclaredBreakingChanges = (
  releasedSdl: string,
  currentSdl: string,
  changelog: string,
) => {
  const changes = findBreakingChanges(buildSchema(releasedSdl), buildSchema(currentSdl))
  const declared = new Set(
    changelog
      .split('\n')
      .map((line) => line.match(/^\s*-\s*BREAKING:\s*(.+?)\s*$/)?.[1])
      .filter((line): line is string => Boolean(line)),
  )
  return changes
    .map((change) => change.description)
    .filter((description) => !declared.has(description))
}
