import React from 'react'

import './index.scss'

const NAME = 'Pusat Panduan Pilkada'

/** A ballot box with a tick: the project's own mark (no official KPU or Bawaslu emblem). */
const Mark = () => (
  <g>
    <rect x="4" y="14" width="32" height="22" rx="3" fill="#b91c1c" />
    <rect x="12" y="11" width="16" height="4" rx="1" fill="#7f1d1d" />
    <path
      d="M13 25l5 5 9-11"
      fill="none"
      stroke="#fff"
      strokeWidth="3.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </g>
)

/** The login page's logo: the mark and the project's name. */
export const Logo = () => (
  <svg
    className="pilkada-logo"
    role="img"
    aria-label={NAME}
    viewBox="0 0 330 40"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>{NAME}</title>
    <Mark />
    <text
      x="46"
      y="28"
      fontFamily="system-ui, sans-serif"
      fontSize="20"
      fontWeight="700"
      textLength="278"
      lengthAdjust="spacingAndGlyphs"
    >
      {NAME}
    </text>
  </svg>
)

/** The navigation's icon: the mark alone. */
export const Icon = () => (
  <svg
    className="pilkada-icon"
    role="img"
    aria-label={NAME}
    viewBox="0 0 40 40"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>{NAME}</title>
    <Mark />
  </svg>
)
