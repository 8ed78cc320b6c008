// The validator under generated input: wrong types, huge strings, odd Unicode, records of any shape.
// Whatever it is given it never throws, and it reports every broken record in lines of one line each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRawContent } from '../../../src/lib/content/build/contentFiles.ts';
import { checkMdx } from '../../../src/lib/content/build/mdxBody.ts';
import { checkContent, recordKey, type RawContent } from '../../../src/lib/content/contentCheck.ts';
import { formatIssue } from '../../../src/lib/content/contentIssues.ts';
import type { Dataset } from '../../../src/lib/content/contentValidation.ts';

const valid = readRawContent('tests/fixtures/content');
const collections = Object.keys(valid.raw) as (keyof Dataset)[];
const clone = (raw: RawContent): RawContent => structuredClone(raw);

function check(raw: RawContent) {
  const result = checkContent(raw, { present: valid.present, today: '2026-01-01' });
  for (const line of result.issues.map(formatIssue)) {
    expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(line.length).toBeLessThan(1300);
  }
  return result;
}

/** Strings of any Unicode, lone surrogates and markup included. */
const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '1978-02-30', '\ud800', '${x}', '../../etc/passwd'),
);
/** Longer than any text field allows (limits count characters, not UTF-16 units). */
const hugeText = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 1300, max: 50_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / [...unit].length)));
/** Shows nothing: spaces and invisible characters only. */
const invisibleText = fc
  .array(fc.constantFrom(' ', '\u3000', '\u00a0', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u2066', '\u3164', '\u2800', '\t'), {
    maxLength: 12,
  })
  .map((chars) => chars.join(''));
/** A value of another JSON type than `before`, which no field accepts in its place. */
const otherType = (before: unknown) =>
  fc.oneof(
    ...[
      typeof before !== 'string' ? oddText : null,
      typeof before !== 'number' ? fc.oneof(fc.double(), fc.integer()) : null,
      fc.boolean(),
      !Array.isArray(before) ? fc.array(fc.anything(), { maxLength: 3 }) : null,
      typeof before !== 'object' || before === null || Array.isArray(before)
        ? fc.dictionary(oddText, fc.anything(), { maxKeys: 3 })
        : null,
    ].filter((a) => a !== null),
  );

describe('the validator under generated records', () => {
  it('checks the valid fixture clean (the starting point of every case below)', () => {
    expect(check(clone(valid.raw)).issues).toEqual([]);
  });

  it('never throws on records of any shape, and reports each one that is not an object', () => {
    fc.assert(
      fc.property(fc.constantFrom(...collections), fc.array(fc.anything(), { maxLength: 5 }), (name, records) => {
        const raw = clone(valid.raw);
        raw[name] = records.map((value, index) => ({ file: `${name}.yaml`, index, raw: value, key: `zh/x${index}` }));
        const { issues } = check(raw);
        for (const [index, value] of records.entries()) {
          if (value === null || typeof value !== 'object' || Array.isArray(value))
            expect(issues.some((i) => i.record === `zh/x${index}`)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a record whose field gets another type, a huge or an invisible text, or which gains a field', () => {
    const targets = collections.flatMap((name) =>
      valid.raw[name].flatMap((entry, at) => Object.keys(entry.raw as object).map((field) => ({ name, at, field }))),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...targets).chain((target) => {
          const before = (valid.raw[target.name][target.at].raw as Record<string, unknown>)[target.field];
          return fc.record({
            target: fc.constant(target),
            kind: fc.constantFrom('type', 'huge', 'invisible', 'unknown'),
            wrong: otherType(before),
            huge: hugeText,
            invisible: invisibleText,
          });
        }),
        ({ target: { name, at, field }, kind, wrong, huge, invisible }) => {
          const raw = clone(valid.raw);
          const entry = raw[name][at];
          const record = entry.raw as Record<string, unknown>;
          const text = kind === 'huge' ? huge : invisible;
          const before = record[field];
          if (kind === 'unknown') record[`${field}Extra`] = wrong;
          else if (kind === 'type') record[field] = wrong;
          else if (before && typeof before === 'object' && 'en' in before) before.en = text;
          else record[field] = text;
          const { issues } = check(raw);
          expect(issues.map((i) => i.record)).toContain(entry.key ?? recordKey(record, at));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers any MDX text with a list of problems, never an exception', () => {
    const piece = fc.oneof(
      oddText,
      fc.constantFrom('---\n', '<', '>', '{', '}', '</p>', '<p onclick="x">', '<script>', 'import x from "y"\n', '\n\n', '`', '$$'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const problems = checkMdx(pieces.join(''));
        for (const p of problems) expect(typeof p.message).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
