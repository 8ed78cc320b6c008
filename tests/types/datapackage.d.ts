// The part of the frictionless `datapackage` library the open-data test uses (it ships no types).
declare module 'datapackage' {
  export function validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
}
