// The message of a failed call or action, as the user reads it in a notice or beside a field.

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
