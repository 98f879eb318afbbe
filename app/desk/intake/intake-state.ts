/**
 * The intake screen's state between posts. The proposals are read again from the text on each
 * post (the text travels with the form), so the screen needs no storage of its own and works as
 * plain form posts; `settled` holds the offsets of proposals accepted or rejected already.
 */
import type { FormState } from '../form-state';
import { intakeText, key, type FieldLimits } from '../field-limits';

/** How long the intake's own fields may be; a proposal's fields have a statement's limits. */
export const INTAKE_LIMITS: FieldLimits = { sourceKey: key('Source'), text: intakeText('Text') };

export interface ProposalView {
  offset: number;
  speakerName: string;
  speakerKey: string | null;
  quote: string;
  date: string | null;
  targetKeys: string[];
  stance: string | null;
}

export interface IntakeState extends FormState {
  proposals: ProposalView[];
  settled: number[];
  /** The text the proposals were read from, for highlighting. */
  readText: string;
}

export const emptyIntake: IntakeState = {
  attempt: '',
  values: {},
  errors: {},
  formError: null,
  done: null,
  proposals: [],
  settled: [],
  readText: '',
};

/** The form field of proposal `offset`: "p120.summary". */
export const proposalField = (offset: number, field: string) => `p${offset}.${field}`;

/** The fields an analyst may edit before accepting a proposal. */
export const PROPOSAL_FIELDS = [
  'speakerKey',
  'targetKeys',
  'date',
  'quote',
  'summary',
  'stance',
  'intensity',
] as const;
