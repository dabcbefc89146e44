import { FieldRefusalError as FieldRefusalError_02d2c70a1a86b820c9043148982f6238 } from '../../../components/FieldRefusalError'
import { ReviewStateCell as ReviewStateCell_e0591e833410856a5b5b2c49e6222caa } from '../../../components/ReviewStateCell'
import { PersonCell as PersonCell_232c3dc51a8b606975d06333802cf83f } from '../../../components/PersonName'
import { PersonField as PersonField_232c3dc51a8b606975d06333802cf83f } from '../../../components/PersonName'
import { VersionHistory as VersionHistory_a5e92a7776609dd1600453eeab969c59 } from '../../../components/VersionHistory'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkShortcutFeatureClient as LinkShortcutFeatureClient_b053a95c2bde96033937871bfe0292b8 } from '../../../components/LinkShortcut'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AuditSummaryCell as AuditSummaryCell_58a188c6c47d9fdf01048508a3529051 } from '../../../components/AuditSummary'
import { AuditSummaryField as AuditSummaryField_58a188c6c47d9fdf01048508a3529051 } from '../../../components/AuditSummary'
import { QueryPresetsAccessCell as QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereCell as QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereField as QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnsCell as QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnField as QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByCell as QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByField as QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { Icon as Icon_2396ffa5fcb8566707b31b0d1917b213 } from '../../../components/Logo'
import { Logo as Logo_2396ffa5fcb8566707b31b0d1917b213 } from '../../../components/Logo'
import { ReviewDashboard as ReviewDashboard_aa93ebbe2f45b0c9b33cb8f585021aaa } from '../../../components/ReviewDashboard'
import { EditorsTimezone as EditorsTimezone_d9df4418ebc1c2c4c940a03f7222551e } from '../../../components/EditorsTimezone'
import { RestoreWithReason as RestoreWithReason_c58bfc6430592057480ff49f90972ddf } from '../../../components/RestoreWithReason'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "./components/FieldRefusalError#FieldRefusalError": FieldRefusalError_02d2c70a1a86b820c9043148982f6238,
  "./components/ReviewStateCell#ReviewStateCell": ReviewStateCell_e0591e833410856a5b5b2c49e6222caa,
  "./components/PersonName#PersonCell": PersonCell_232c3dc51a8b606975d06333802cf83f,
  "./components/PersonName#PersonField": PersonField_232c3dc51a8b606975d06333802cf83f,
  "./components/VersionHistory#VersionHistory": VersionHistory_a5e92a7776609dd1600453eeab969c59,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "./components/LinkShortcut#LinkShortcutFeatureClient": LinkShortcutFeatureClient_b053a95c2bde96033937871bfe0292b8,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "./components/AuditSummary#AuditSummaryCell": AuditSummaryCell_58a188c6c47d9fdf01048508a3529051,
  "./components/AuditSummary#AuditSummaryField": AuditSummaryField_58a188c6c47d9fdf01048508a3529051,
  "@payloadcms/next/client#QueryPresetsAccessCell": QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereCell": QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereField": QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnsCell": QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnField": QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByCell": QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByField": QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40,
  "./components/Logo#Icon": Icon_2396ffa5fcb8566707b31b0d1917b213,
  "./components/Logo#Logo": Logo_2396ffa5fcb8566707b31b0d1917b213,
  "./components/ReviewDashboard#ReviewDashboard": ReviewDashboard_aa93ebbe2f45b0c9b33cb8f585021aaa,
  "./components/EditorsTimezone#EditorsTimezone": EditorsTimezone_d9df4418ebc1c2c4c940a03f7222551e,
  "./components/RestoreWithReason#RestoreWithReason": RestoreWithReason_c58bfc6430592057480ff49f90972ddf,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
