// Objects of a parsed document in the order their keys were written (docs/format.md §5).

type Json = Record<string, unknown> | unknown[];

function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

/**
 * The parsed document with every object's keys in the order of the file, unknown ones included,
 * so a file saved again differs only where it was edited. zod drops an own `__proto__` key (it
 * cannot assign one to a plain object), so it is put back here as an own property.
 */
export function keepKeysAsWritten(input: unknown, output: unknown): unknown {
  if (input === output || !isJsonObject(input) || !isJsonObject(output)) return output;
  if (Array.isArray(output)) {
    return Array.isArray(input) ? output.map((v, i) => keepKeysAsWritten(input[i], v)) : output;
  }
  if (Array.isArray(input)) return output;
  const source = input as Record<string, unknown>;
  const parsed = output as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const put = (key: string, value: unknown) =>
    Object.defineProperty(result, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const key of Object.keys(source)) {
    if (Object.hasOwn(parsed, key)) put(key, keepKeysAsWritten(source[key], parsed[key]));
    else if (key === '__proto__') put(key, source[key]);
  }
  for (const key of Object.keys(parsed)) if (!Object.hasOwn(result, key)) put(key, parsed[key]);
  return result;
}
