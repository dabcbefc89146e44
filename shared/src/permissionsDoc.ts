import { DEMO_ACCOUNTS, renderPermissionMatrix } from './permissions'

/** The README's section on accounts and permissions, made from permissions.ts. */
export const permissionsMarkdown = () => {
  const accounts = Object.entries(DEMO_ACCOUNTS)
    .map(
      ([key, a]) =>
        `| \`${key}\` | \`${a.email}\` | ${a.authority} | ${a.role} | ${a.regions.length ? a.regions.join(', ') : 'national'} | ${a.description.en} |`,
    )
    .join('\n')
  return [
    '| key | email (password `DEMO_PASSWORD`) | authority | role | scope | who |',
    '| --- | --- | --- | --- | --- | --- |',
    accounts,
    '',
    'Each cell reads **C**reate, **R**ead, **U**pdate, **D**elete, **P**ublish: ✓ allowed, ✗ refused,',
    '– no such operation. "Read" means reading the target as it is: a draft where the target is a',
    'draft (published content is public). The permission-matrix test checks every cell over REST',
    'and over GraphQL against the running CMS.',
    '',
    renderPermissionMatrix(),
  ].join('\n')
}
