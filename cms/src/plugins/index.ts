import type { Plugin } from 'payload'

import { duplicatesRefused } from './duplicatesRefused'
import { fieldRefusalsShown } from './fieldRefusalsShown'
import { inputRules } from './inputRules'

/** What every collection and global gets, in the order it is applied. */
export const plugins: Plugin[] = [inputRules, duplicatesRefused, fieldRefusalsShown]
