import type { Translator } from '../i18n/msg.js';
import type * as v from 'valibot';
import type {
  DocumentSchema,
  FieldSchema,
  InstitutionSchema,
  MemberSchema,
  MembershipSchema,
  OutcomeSchema,
  ProgramSchema,
  PublisherSchema,
  SourceSchema,
} from './schema.js';

/**
 * A validated contract document: what every widget reads. The publisher and date are optional
 * here because a mistake in them is reported but does not stop the records from showing.
 */
export type ContractDocument = Omit<v.InferOutput<typeof DocumentSchema>, 'publisher' | 'dateModified'> & {
  publisher?: Publisher;
  dateModified?: string;
};
export type Publisher = v.InferOutput<typeof PublisherSchema>;
export type Field = v.InferOutput<typeof FieldSchema>;
export type Institution = v.InferOutput<typeof InstitutionSchema>;
export type Program = v.InferOutput<typeof ProgramSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type Member = v.InferOutput<typeof MemberSchema>;
export type Membership = v.InferOutput<typeof MembershipSchema>;

/**
 * A change that would mend an issue, where one can be derived: write `value` at the issue's
 * path, or rename the property at the issue's `from` path to `to`.
 */
export type IssueFix = { op: 'replace'; value: unknown } | { op: 'rename'; from: string; to: string };

/**
 * One problem found in a document. `fatal`: nothing can be shown. `error`: the record at `path`
 * was left out. `warning`: the record is shown, but something in it needs fixing (a bad optional
 * value is dropped). `info` (only in `ValidationResult.info`): a property the contract does not
 * know, kept out of the console because a newer minor version may add it.
 */
export interface ContractIssue {
  severity: 'fatal' | 'error' | 'warning' | 'info';
  /** JSON Pointer (RFC 6901) to the problem, "" for the whole document. */
  path: string;
  /** Plain words a person who edits the JSON can act on, without the path. */
  message: string;
  /** The suggested fix, when one can be derived from the value. */
  fix?: IssueFix;
}

/** A record that could not be shown, and the first reason why (its path and message). */
export interface LeftOutRecord {
  section: string;
  /** Its id, when the record has a readable one. */
  id?: string;
  /** "/programs/4/name: is required but missing" */
  cause: string;
  /** Where the cause is: "/programs/4/name". What refers to the record names this, not the whole cause again. */
  path: string;
}

/** How many records the document holds and what became of them. */
export interface RecordCounts {
  /** Records in the document's sections, as written. */
  records: number;
  kept: number;
  leftOut: number;
  /** Bad optional values dropped from records that were kept. */
  dropped: number;
}

/** What `validate` returns: the usable data (null when a fatal problem stops everything) and every issue. */
export interface ValidationResult {
  ok: boolean;
  data: ContractDocument | null;
  issues: ContractIssue[];
  /** Properties the contract does not know (allowed, listed for the checker and `validate --strict`). */
  info: ContractIssue[];
  /** The records left out, so that what refers to them can say why. */
  leftOut: LeftOutRecord[];
  counts: RecordCounts;
}

/** A problem found in one record as the validator first words it, before it knows the severity. */
export interface FoundIssue {
  /** The path inside the record. */
  keys: (string | number)[];
  message: string;
  fix?: IssueFix;
  /** Set when the property is missing (absent from the record), not wrong. */
  missing: boolean;
}

/**
 * The tools' extra advice (src/contract/advice.ts: the data checker and the command line pass it;
 * the widgets leave it out of every page's bundle): the value to write instead of a rejected one,
 * and the properties the contract does not know, with what they most likely misspell.
 */
export interface Advisor {
  /** Adds the value to write instead to each issue where one can be derived, in place. */
  suggest(schema: unknown, record: unknown, found: FoundIssue[]): void;
  /**
   * Properties of `record` the schema does not know, below `prefix` in the document: a misspelling
   * of a missing property rewrites that issue in place; others are warnings (a likely typo) or info.
   */
  unknown(
    schema: unknown,
    record: unknown,
    prefix: (string | number)[],
    found: FoundIssue[],
  ): { warnings: ContractIssue[]; info: ContractIssue[] };
  /** "Did you mean 'aacc'?", for an id that names no record. */
  didYouMean(name: string, known: ReadonlySet<string>): string | undefined;
}

export interface ValidateOptions {
  advise?: Advisor;
  /** Says every message in another language; the default is English. */
  translator?: Translator;
}
