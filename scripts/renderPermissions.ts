// Writes the role table and the permission matrix of shared/src/permissions.ts into the README,
// between the markers. Run by `npm run generate`; a test fails when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs'

import { permissionsMarkdown } from '../shared/src/permissionsDoc'

const README = new URL('../README.md', import.meta.url)
const START = '<!-- permissions:start -->'
const END = '<!-- permissions:end -->'

const readme = readFileSync(README, 'utf8')
const before = readme.slice(0, readme.indexOf(START) + START.length)
const after = readme.slice(readme.indexOf(END))
writeFileSync(README, `${before}\n${permissionsMarkdown()}\n${after}`)
console.log('README permissions section written')
