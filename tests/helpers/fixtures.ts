/**
 * Seeded regions that many tests look up, by their Kemendagri code (shared/data/regions.csv):
 * Kota Bandung has a mayoral race with pairs, in the province of Jawa Barat.
 */
export const REGION_CODES = {
  jawaBarat: '32',
  kotaBandung: '32.73',
} as const
