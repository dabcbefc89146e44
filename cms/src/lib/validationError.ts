import { ValidationError } from 'payload'

/**
 * A refusal that names the field and says in Indonesian what is wrong. Thrown from hooks, it
 * aborts the operation before anything is written, and REST and GraphQL answer 400 with it.
 */
export const fieldError = (collection: string, path: string, message: string): ValidationError =>
  new ValidationError({ collection, errors: [{ message, path }] })
