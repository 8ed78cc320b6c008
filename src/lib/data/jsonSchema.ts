// A small JSON Schema validator for the subset of draft 2020-12 our published schemas use: type,
// properties, required, additionalProperties, items, minItems, uniqueItems, enum, const, pattern,
// minLength, maxLength, minimum, maximum and local $ref ("#/$defs/…"). Anything else in a schema is an
// error, so a schema never silently promises more than is checked.

export type JsonSchema = {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  uniqueItems?: boolean;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  examples?: unknown[];
};

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

const KNOWN = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'uniqueItems',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'examples',
]);

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

const matchesType = (value: unknown, type: JsonType) => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`);

/** Every place where `value` breaks `schema`, as "$.path: reason"; empty when it is valid. */
export function validate(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`jsonSchema: unsupported keyword "${key}" at ${path}`);
  }
  if (schema.$ref) {
    const match = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
    const target = match && root.$defs?.[match[1]];
    if (!target) throw new Error(`jsonSchema: cannot resolve $ref "${schema.$ref}"`);
    errors.push(...validate(value, target, root, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t)))
      return [...errors, `${path}: must be ${types.join(' or ')}, not ${typeOf(value)}`];
  }
  if (schema.const !== undefined && !same(value, schema.const))
    errors.push(`${path}: must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.some((e) => same(e, value)))
    errors.push(`${path}: must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);

  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: must match ${schema.pattern}`);
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength)
      errors.push(`${path}: must have at least ${schema.minLength} characters`);
    if (schema.maxLength !== undefined && length > schema.maxLength)
      errors.push(`${path}: must have at most ${schema.maxLength} characters`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: must be ≥ ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: must be ≤ ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push(`${path}: must have at least ${schema.minItems} items`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      errors.push(`${path}: items must be unique`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(item, schema.items!, root, at(path, i))));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in object)) errors.push(`${path}: missing required property "${key}"`);
    }
    for (const [key, child] of Object.entries(object)) {
      const own = schema.properties?.[key];
      if (own) errors.push(...validate(child, own, root, at(path, key)));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property "${key}"`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...validate(child, schema.additionalProperties, root, at(path, key)));
    }
  }
  return errors;
}
