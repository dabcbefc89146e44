import React from 'react'

/** The live preview's page: a frame for the guide's own page, nothing of the admin around it. */
const Layout = ({ children }: { children: React.ReactNode }) => (
  <html lang="id">
    <body style={{ margin: 0 }}>{children}</body>
  </html>
)

export default Layout
