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

/** A property the contract does not know, and the known one it most likely misspells. */
export interface UnknownProperty {
  keys: (string | number)[];
  name: string;
  known?: string;
}

/**
 * The tools' extra advice (src/contract/advice.ts: the data checker and the command line pass
 * it; the widgets leave it out of every page's bundle): the value to write instead of a rejected
 * one, properties the contract does not know and what they may misspell, all in words.
 */
export interface Advisor {
  suggest(schema: unknown, value: unknown): { value: unknown; advice: string } | undefined;
  unknown(schema: unknown, raw: unknown): UnknownProperty[];
  closeMatch(name: string, known: readonly string[]): string | undefined;
  /** "'timeToComplet' is not a property of the contract, so it is ignored. Did you mean 'timeToComplete'?" */
  misspelt(name: string, known: string): string;
  /** For the missing property that `name` misspells: "is missing: 'insitution' looks like …" */
  missing(name: string, known: string): string;
  /** "'internalNotes' is not a property of the contract; it is ignored" */
  unknownProperty(name: string): string;
  /** "Did you mean 'aacc'?" */
  didYouMean(known: string): string;
}

export interface ValidateOptions {
  advise?: Advisor;
}
