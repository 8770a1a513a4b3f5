import { Error as MongooseError, mongo } from 'mongoose';
import { storeConflict, storeInvalid } from '../errors';

/** E11000: a unique index refused the write. */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 11000;
}

/** Runs a write; a duplicate key becomes `conflict`, a schema refusal becomes `validation_failed`. */
export async function mongoWrite<T>(write: () => Promise<T>, conflictMessage: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateKey(error)) throw storeConflict(conflictMessage);
    if (error instanceof MongooseError.ValidationError) {
      throw storeInvalid('document', describeValidation(error));
    }
    throw error;
  }
}

/** Checks a document against its Mongoose schema without a server round trip. */
export async function validateDoc(doc: { validate(): Promise<void> }): Promise<void> {
  try {
    await doc.validate();
  } catch (error) {
    if (!(error instanceof MongooseError.ValidationError)) throw error;
    throw storeInvalid('document', describeValidation(error));
  }
}

function describeValidation(error: MongooseError.ValidationError): string {
  return Object.values(error.errors)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('; ');
}
