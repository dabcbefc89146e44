import { APIError } from 'payload'

/** A refusal that an editor or an app reads as it is: public, with a stable name. */
export class Refusal extends APIError {
  constructor(message: string, status = 403, path?: string) {
    // With a path, the admin also shows the message on that field.
    super(message, status, path ? { errors: [{ message, path }] } : undefined, true)
    // Production bundles shorten class names; the error handler shows an error's message only
    // when it has a name.
    this.name = 'Refusal'
  }
}

/**
 * A refusal in Indonesian, 403 unless said otherwise; `path` names the field whose value the
 * account may not write (a region outside its scope, another authority).
 */
export const refuse = (message: string, status = 403, path?: string) =>
  new Refusal(message, status, path)
