// The licence notice is kept once, in the data's own notes, and shown from there.
import sources from '../../../shared/data/SOURCES.md?raw'

/** The MIT notice of cahyadsn/wilayah, as SOURCES.md §8 reproduces it. */
export const regionsLicenceNotice = (): string => {
  const section = sources.split(/^## 8\. /m)[1] ?? ''
  const notice = /```\n([\s\S]*?)```/.exec(section)?.[1]?.trim()
  if (!notice?.startsWith('MIT License'))
    throw new Error('shared/data/SOURCES.md §8 no longer holds the MIT notice of cahyadsn/wilayah')
  return notice
}
