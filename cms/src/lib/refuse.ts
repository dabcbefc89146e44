import { APIError } from 'payload'

/** A refusal that an editor or an app reads as it is: public, with a stable name. */
export class Refusal extends APIError {
  constructor(message: string, status = 403) {
    super(message, status, undefined, true)
    // Production bundles shorten class names; the error handler shows an error's message only
    // when it has a name.
    this.name = 'Refusal'
  }
}

/** A refusal in Indonesian, 403 unless said otherwise. */
export const refuse = (message: string, status = 403) => new Refusal(message, status)
