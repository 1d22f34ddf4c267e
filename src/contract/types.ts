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
 * One problem found in a document. `fatal`: nothing can be shown. `error`: the record at `path`
 * was left out. `warning`: the record is shown, but something in it needs fixing.
 */
export interface ContractIssue {
  severity: 'fatal' | 'error' | 'warning';
  /** JSON Pointer (RFC 6901) to the problem, "" for the whole document. */
  path: string;
  /** Plain words a person who edits the JSON can act on, without the path. */
  message: string;
}

/** What `validate` returns: the usable data (null when a fatal problem stops everything) and every issue. */
export interface ValidationResult {
  ok: boolean;
  data: ContractDocument | null;
  issues: ContractIssue[];
}
