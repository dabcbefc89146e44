import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * E-mail through SMTP when SMTP_HOST is set (notifications to editors, password resets).
 * Without it Payload writes each e-mail to the console instead of sending it.
 */
export const emailAdapter = () => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const port = Number(process.env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM || 'pusat-panduan@localhost',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Pusat Panduan Pilkada',
    transportOptions: {
      host,
      port,
      // Port 465 speaks TLS from the start; others upgrade with STARTTLS.
      secure: port === 465,
      auth: process.env.SMTP_USER
        ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS || '' }
        : undefined,
    },
  })
}
