import * as v from 'valibot';
import { msg, str } from '../i18n/msg.js';
import {
  CREDENTIAL_CATEGORIES,
  METRICS,
  OUTCOME_STATUSES,
  PROGRAM_MODES,
  QUALIFIERS,
  ROLES,
  SECTORS,
  SUBJECT_TYPES,
  UNITS,
} from './vocabulary.js';

/*
 * The data contract v1: the single source of truth. The TypeScript types (types.ts), the JSON
 * Schema (dist/stem-data-contract.schema.json) and the validator all come from these schemas.
 * Messages are phrases that complete "expected …"; validate.ts adds the path and what it got.
 * Unknown properties are stripped, so a newer minor version's additions are ignored.
 */

const text = (max = 500) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(() => msg('non-empty text')),
    v.maxLength(max, () => msg(str`text of at most ${max} characters`)),
  );

/** A BCP 47 language tag: `en`, `es`, `es-US`. */
export const LanguageTagSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, () => msg('a language tag such as es or es-US')),
);

/** Every property name that holds visitor-facing text somewhere: what `translatable` names below. */
export const TEXT_PROPERTIES = new Set<string>();

/**
 * An object's visitor-facing text may come in other languages (contract 1.1):
 * `"translations": { "es": { "name": "…" } }`, each text of the same kind as the one it translates.
 * The widgets show the visitor's language and fall back to the document's.
 */
function translatable<const E extends v.ObjectEntries, const K extends keyof E & string>(entries: E, keys: readonly K[]) {
  for (const key of keys) TEXT_PROPERTIES.add(key);
  const texts = Object.fromEntries(
    keys.map((key) => {
      const schema = entries[key] as v.GenericSchema;
      const inner = schema.type === 'optional' ? (schema as v.OptionalSchema<v.GenericSchema, undefined>).wrapped : schema;
      return [key, v.optional(inner)];
    }),
  ) as { [P in K]: v.OptionalSchema<E[P] extends v.OptionalSchema<infer W, undefined> ? W : E[P], undefined> };
  return v.object({ ...entries, translations: v.optional(v.record(LanguageTagSchema, v.object(texts))) });
}

/** Ids are referenced across sections, so keep them to characters that survive URLs and CSV. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, () => msg('an id of letters, digits, ".", "_", ":" or "-"')),
);

/** Web links: only http and https, so that data can never carry `javascript:`. */
export const WebUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, () => msg('a web address starting with https:// or http://')),
  v.url(() => msg('a web address starting with https:// or http://')),
);

/** A calendar date, or a month or year where only that much is known ("December 2010"). */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, () => msg('a date such as 2024-05-01, 2024-05 or 2024')),
);

export const DateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, () => msg('a date such as 2024-05-01')),
);

export const DateTimeSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/,
    () => msg('a date such as 2024-05-01, or a date and time such as 2024-05-01T09:30:00Z'),
  ),
);

/** ISO 8601 durations as schema.org timeToComplete uses them: P1Y, P9M, P2Y6M, P16W, P120D, PT40H. */
export const DurationSchema = v.pipe(
  v.string(),
  v.regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, () => msg('an ISO 8601 duration such as P1Y')),
);

const nonNegative = () =>
  v.pipe(
    v.number(),
    v.finite(),
    v.minValue(0, () => msg('a number of 0 or more')),
  );
const count = () =>
  v.pipe(
    v.number(),
    v.integer(() => msg('a whole number')),
    v.minValue(0, () => msg('a number of 0 or more')),
  );
export const CurrencyCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{3}$/, () => msg('a three-letter currency code such as USD')),
);

export const RegionCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, () => msg('a two-letter state or region code such as MD')),
);

export const CountryCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, () => msg('a two-letter country code such as US')),
);

export const CipCodeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{2}(\.\d{2}(\d{2})?)?$/, () => msg('a CIP code such as 15.0617')),
);

export const SocCodeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{2}-\d{4}$/, () => msg('a SOC code such as 15-1212')),
);

export const PublisherSchema = translatable(
  {
    name: text(200),
    url: v.optional(WebUrlSchema),
  },
  ['name'],
);

export const FieldSchema = translatable(
  {
    id: IdSchema,
    name: text(200),
    cip: v.object({
      code: CipCodeSchema,
      version: v.pipe(
        v.string(),
        v.regex(/^(19|20)\d{2}$/, () => msg('a CIP edition year such as 2020')),
      ),
    }),
    description: v.optional(text(2000)),
  },
  ['name', 'description'],
);

export const InstitutionSchema = translatable(
  {
    id: IdSchema,
    name: text(200),
    url: v.optional(WebUrlSchema),
    address: v.object({
      streetAddress: v.optional(text(200)),
      locality: text(100),
      region: RegionCodeSchema,
      postalCode: v.optional(
        v.pipe(
          v.string(),
          v.regex(/^[A-Za-z0-9 -]{3,10}$/, () => msg('a postal code such as 21012')),
        ),
      ),
      country: v.optional(CountryCodeSchema, 'US'),
    }),
    geo: v.optional(
      v.object({
        latitude: v.pipe(
          v.number(),
          v.minValue(-90, () => msg('a latitude from -90 to 90')),
          v.maxValue(90, () => msg('a latitude from -90 to 90')),
        ),
        longitude: v.pipe(
          v.number(),
          v.minValue(-180, () => msg('a longitude from -180 to 180')),
          v.maxValue(180, () => msg('a longitude from -180 to 180')),
        ),
      }),
    ),
    ipedsUnitId: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d{6}$/, () => msg('a six-digit IPEDS unit id such as 161572')),
      ),
    ),
    logo: v.optional(WebUrlSchema),
  },
  ['name'],
);

export const ProgramSchema = translatable(
  {
    id: IdSchema,
    name: text(200),
    institution: IdSchema,
    field: IdSchema,
    url: v.optional(WebUrlSchema),
    description: v.optional(text(4000)),
    credential: translatable(
      {
        name: text(200),
        category: v.picklist(CREDENTIAL_CATEGORIES),
      },
      ['name'],
    ),
    timeToComplete: v.optional(DurationSchema),
    numberOfCredits: v.optional(nonNegative()),
    modes: v.optional(
      v.pipe(
        v.array(v.picklist(PROGRAM_MODES)),
        v.minLength(1, () => msg('at least one mode')),
      ),
    ),
    cost: v.optional(
      translatable(
        {
          amount: nonNegative(),
          currency: CurrencyCodeSchema,
          description: v.optional(text(300)),
        },
        ['description'],
      ),
    ),
    financialAidEligible: v.optional(v.boolean()),
    startDates: v.optional(v.array(DateSchema)),
    prerequisites: v.optional(v.array(text(300))),
    occupations: v.optional(
      v.array(
        translatable(
          {
            soc: SocCodeSchema,
            title: text(200),
          },
          ['title'],
        ),
      ),
    ),
    certifications: v.optional(v.array(text(200))),
  },
  ['name', 'description', 'prerequisites', 'certifications'],
);

export const SourceSchema = translatable(
  {
    id: IdSchema,
    name: text(300),
    publisher: v.optional(text(200)),
    url: v.optional(WebUrlSchema),
    datePublished: v.optional(PartialDateSchema),
    description: v.optional(text(2000)),
  },
  ['name', 'publisher', 'description'],
);

/**
 * A rule across properties (valibot's check, forwarded to one of them), checked only when the
 * properties it reads are valid: a bad start date is one problem, not also "an end before the start".
 */
function rule<TInput>(reads: readonly (readonly string[])[], requirement: (input: TInput) => boolean, message: () => string) {
  const touches = (path: readonly string[], issue: v.BaseIssue<unknown>) =>
    (issue.path ?? []).slice(0, path.length).every((item, i) => item.key === path[i]);
  return v.rawCheck<TInput>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.issues?.some((issue) => reads.some((path) => touches(path, issue)))) return;
    if (!requirement(dataset.value)) addIssue({ message: message() });
  });
}

const SubjectSchema = v.pipe(
  v.object({
    type: v.picklist(SUBJECT_TYPES),
    id: v.optional(IdSchema),
  }),
  v.forward(
    rule(
      [['type'], ['id']],
      (s) => s.type === 'consortium' || s.id !== undefined,
      () => msg('the id of the program, institution or field'),
    ),
    ['id'],
  ),
);

/** "2024" and "2024-07" overlap: compare only as much of each date as both give. */
function startsNoLaterThan(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return start.slice(0, n) <= end.slice(0, n);
}

function inOrder(...values: (number | undefined)[]): boolean {
  const given = values.filter((x): x is number => x !== undefined);
  return given.every((x, i) => i === 0 || (given[i - 1] ?? x) <= x);
}

export const OutcomeSchema = v.pipe(
  translatable(
    {
      id: IdSchema,
      subject: SubjectSchema,
      metric: v.picklist(METRICS),
      label: v.optional(text(200)),
      status: v.picklist(OUTCOME_STATUSES),
      value: v.optional(v.pipe(v.number(), v.finite())),
      valueQualifier: v.optional(v.picklist(QUALIFIERS)),
      unit: v.optional(v.picklist(UNITS)),
      currency: v.optional(CurrencyCodeSchema),
      cohort: v.optional(
        translatable(
          {
            size: v.optional(count()),
            sizeQualifier: v.optional(v.picklist(QUALIFIERS)),
            label: v.optional(text(200)),
          },
          ['label'],
        ),
      ),
      period: v.object({
        start: PartialDateSchema,
        end: PartialDateSchema,
      }),
      population: text(300),
      monthsAfterExit: v.optional(count()),
      distribution: v.optional(
        v.object({
          p25: v.optional(v.pipe(v.number(), v.finite())),
          median: v.optional(v.pipe(v.number(), v.finite())),
          p75: v.optional(v.pipe(v.number(), v.finite())),
        }),
      ),
      benchmark: v.optional(
        translatable(
          {
            label: text(200),
            value: v.pipe(v.number(), v.finite()),
            source: v.optional(IdSchema),
          },
          ['label'],
        ),
      ),
      source: IdSchema,
      caveats: v.optional(v.array(text(1000))),
    },
    ['label', 'population', 'caveats'],
  ),
  // A reported figure without its unit or its n cannot be shown honestly. Each check reads only the
  // properties it names, and only when they are valid: a bad start date is one problem, not two.
  v.forward(
    rule(
      [['status'], ['value']],
      (o) => o.status !== 'reported' || o.value !== undefined,
      () => msg('a value, because the status is "reported"'),
    ),
    ['value'],
  ),
  v.forward(
    rule(
      [['status'], ['unit']],
      (o) => o.status !== 'reported' || o.unit !== undefined,
      () => msg('a unit (percent, currency or count), because the status is "reported"'),
    ),
    ['unit'],
  ),
  v.forward(
    rule(
      [['status'], ['cohort', 'size']],
      (o) => o.status !== 'reported' || o.cohort?.size !== undefined,
      () => msg('the cohort size, because the status is "reported"'),
    ),
    ['cohort', 'size'],
  ),
  v.forward(
    rule(
      [['unit'], ['currency']],
      (o) => o.unit !== 'currency' || o.currency !== undefined,
      () => msg('a currency code such as USD, because the unit is "currency"'),
    ),
    ['currency'],
  ),
  v.forward(
    rule(
      [['unit'], ['value']],
      (o) => o.unit !== 'percent' || o.value === undefined || (o.value >= 0 && o.value <= 100),
      () => msg('a percentage from 0 to 100'),
    ),
    ['value'],
  ),
  v.forward(
    rule(
      [['metric'], ['label']],
      (o) => o.metric !== 'custom' || o.label !== undefined,
      () => msg('a label, because the metric is "custom"'),
    ),
    ['label'],
  ),
  v.forward(
    rule(
      [
        ['period', 'start'],
        ['period', 'end'],
      ],
      (o) => startsNoLaterThan(o.period.start, o.period.end),
      () => msg('an end that is not before the start of the period'),
    ),
    ['period', 'end'],
  ),
  v.forward(
    rule(
      [
        ['distribution', 'p25'],
        ['distribution', 'median'],
        ['distribution', 'p75'],
      ],
      (o) => inOrder(o.distribution?.p25, o.distribution?.median, o.distribution?.p75),
      () => msg('percentiles in order: p25, then median, then p75'),
    ),
    ['distribution'],
  ),
  v.forward(
    rule(
      [['unit'], ['benchmark', 'value']],
      (o) => o.unit !== 'percent' || o.benchmark === undefined || (o.benchmark.value >= 0 && o.benchmark.value <= 100),
      () => msg('a percentage from 0 to 100'),
    ),
    ['benchmark', 'value'],
  ),
);

export const MembershipSchema = translatable(
  {
    role: v.picklist(ROLES),
    body: v.optional(text(200)),
    since: v.optional(PartialDateSchema),
    asOf: PartialDateSchema,
  },
  ['body'],
);

export const MemberSchema = translatable(
  {
    id: IdSchema,
    name: text(200),
    url: v.optional(WebUrlSchema),
    logo: v.optional(WebUrlSchema),
    description: v.optional(text(2000)),
    sector: v.picklist(SECTORS),
    region: v.optional(text(100)),
    memberships: v.pipe(
      v.array(MembershipSchema),
      v.minLength(1, () => msg('at least one membership with its role and "as of" date')),
    ),
  },
  ['name', 'description', 'region'],
);

/** The document header: everything but the sections, which are checked record by record. */
export const HeaderSchema = v.object({
  contractVersion: v.pipe(
    v.string(),
    v.regex(/^\d+\.\d+$/, () => msg('a contract version such as "1.0"')),
  ),
  publisher: PublisherSchema,
  dateModified: DateTimeSchema,
  /** The language of the document's text (contract 1.1); translations may give others. */
  language: v.optional(LanguageTagSchema, 'en'),
});

/** Each section's record schema, by section name. */
export const RECORD_SCHEMAS = {
  fields: FieldSchema,
  institutions: InstitutionSchema,
  programs: ProgramSchema,
  sources: SourceSchema,
  outcomes: OutcomeSchema,
  members: MemberSchema,
} as const;

/** The whole document, for the JSON Schema and for types. */
export const DocumentSchema = v.object({
  ...HeaderSchema.entries,
  fields: v.optional(v.array(FieldSchema)),
  institutions: v.optional(v.array(InstitutionSchema)),
  programs: v.optional(v.array(ProgramSchema)),
  sources: v.optional(v.array(SourceSchema)),
  outcomes: v.optional(v.array(OutcomeSchema)),
  members: v.optional(v.array(MemberSchema)),
});
