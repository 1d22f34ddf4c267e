import { createContext } from '@lit/context';
import type { ContractIssue, ValidationResult } from '../contract/types.js';
import type { LoadFailure } from './load-error.js';

/**
 * Where a widget's data stands. `retry` asks whoever loaded it (the widget or its `<stem-data>`)
 * to load again, so the retry button works the same in both places.
 */
export type DataState =
  | { status: 'idle' }
  | { status: 'loading'; source: string }
  | { status: 'ready'; source: string; result: ValidationResult & { data: NonNullable<ValidationResult['data']> } }
  | {
      status: 'error';
      source: string;
      error: LoadFailure;
      issues: ContractIssue[];
      retry: () => void;
      /** The language the problems were said in: a widget in another one marks them with it. */
      language?: string;
    };

/**
 * `<stem-data>` provides its state under this key to every widget inside it. A string, not a
 * symbol, so that widgets and a `<stem-data>` from two copies of the library still meet.
 */
export const dataContext = createContext<DataState>('stem-widgets:data');
