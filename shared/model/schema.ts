// Runtime schema of the `.sop.json` document. Objects are loose so that unknown fields of a known
// version survive a read-write round trip (docs/format.md §5); missing lists and texts get
// defaults so hand-written files stay readable. Every limit of docs/format.md §7.1 is checked
// here, so a document sent over the API is bounded the same way as a file.

import { z } from 'zod';
import {
  MAX_COORDINATION_ROWS,
  MAX_EXECUTOR_NAME_LENGTH,
  MAX_EXECUTORS,
  MAX_EXIT_LABEL_LENGTH,
  MAX_EXTRA_SECTIONS,
  MAX_JSON_DEPTH,
  MAX_LIST_ITEMS,
  MAX_LOGO_BASE64,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
} from '../limits';
import { depthMessage, documentLimitProblems, logoProblem, valueDepth } from './document-limits';
import { keepKeysAsWritten } from './keys';
import { paperSchema } from './paper';
import { wellFormedText } from './text';
import type { SopDocument } from './types';

const plain = (max: number) => z.string().max(max).overwrite(wellFormedText);
const text = plain(MAX_TEXT_LENGTH).default('');
const list = (max: number) => z.array(plain(MAX_TEXT_LENGTH)).max(max).default([]);
const items = list(MAX_LIST_ITEMS);
const id = z.string().min(1).max(64);

/** Marks the issues that are a document's own limits (docs/format.md §7.1), not malformed data. */
const LIMIT = { documentLimit: true } as const;

export const logoSchema = z
  .looseObject({
    mime: z.enum(['image/png', 'image/jpeg']),
    data: z
      .string()
      .max(MAX_LOGO_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bukan base64'),
  })
  .superRefine((logo, ctx) => {
    const problem = logoProblem(logo);
    if (problem !== null)
      ctx.addIssue({ code: 'custom', message: problem, path: ['data'], params: LIMIT });
  });

export const approverSchema = z.looseObject({ title: text, name: text, nip: text });

export const identitySchema = z.looseObject({
  government: text,
  agency: text,
  unit: text,
  logo: logoSchema.nullable().default(null),
  number: text,
  createdDate: text,
  revisionDate: text,
  effectiveDate: text,
  approvedBy: approverSchema.default({ title: '', name: '', nip: '' }),
  name: text,
  legalBasis: items,
  qualifications: items,
  relatedSops: items,
  equipment: items,
  warnings: items,
  records: items,
  extraSections: z
    .array(z.looseObject({ label: plain(MAX_TEXT_LENGTH), items }))
    .max(MAX_EXTRA_SECTIONS)
    .default([]),
});

export const executorSchema = z.looseObject({ id, name: plain(MAX_EXECUTOR_NAME_LENGTH) });

export const stepSchema = z.looseObject({
  id,
  activity: text,
  executors: z.array(id).max(MAX_EXECUTORS).default([]),
  symbol: z.enum(['terminator', 'process', 'decision']),
  yes: id.nullable().default(null),
  no: id.nullable().default(null),
  labels: z
    .tuple([plain(MAX_EXIT_LABEL_LENGTH), plain(MAX_EXIT_LABEL_LENGTH)])
    .nullable()
    .default(null),
  requirements: text,
  time: text,
  output: text,
  notes: text,
});

export const printSchema = z.looseObject({
  paper: paperSchema.default('F4'),
  coordination: list(MAX_COORDINATION_ROWS),
  narrativeTable: z.boolean().default(false),
  legend: z.boolean().default(false),
});

export const sopDocumentObjectSchema = z
  .looseObject({
    format: z.literal('sop-ap'),
    version: z.literal(1),
    identity: identitySchema,
    executors: z.array(executorSchema).max(MAX_EXECUTORS),
    steps: z.array(stepSchema).max(MAX_STEPS),
    print: printSchema.default({
      paper: 'F4',
      coordination: [],
      narrativeTable: false,
      legend: false,
    }),
  })
  .superRefine((doc, ctx) => {
    const depth = valueDepth(doc);
    if (depth > MAX_JSON_DEPTH) {
      ctx.addIssue({ code: 'custom', message: depthMessage(depth), params: LIMIT });
    }
    for (const message of documentLimitProblems(doc)) {
      ctx.addIssue({ code: 'custom', message, params: LIMIT });
    }
  });

/**
 * The document as files and API channels take it: validated by the object schema, then every
 * object's keys put back in the order written, unknown ones and `__proto__` included (zod drops
 * an own `__proto__`, which it cannot assign to a plain object).
 */
export const sopDocumentSchema = z
  .custom<z.input<typeof sopDocumentObjectSchema>>(() => true)
  .transform((input, ctx): SopDocument => {
    const result = sopDocumentObjectSchema.safeParse(input);
    if (result.success) return keepKeysAsWritten(input, result.data) as SopDocument;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    return z.NEVER;
  });

// Compile-time guard: the schema's output and the declared types must agree both ways.
type SchemaOutput = z.output<typeof sopDocumentObjectSchema>;
export const schemaMatchesTypes = (doc: SchemaOutput): SopDocument => doc;
export const typesMatchSchema = (doc: SopDocument): SchemaOutput => doc;
