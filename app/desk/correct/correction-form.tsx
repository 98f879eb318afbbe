'use client';
import { correctStatement } from '../correction-actions';
import { CORRECTION_LIMITS } from '../correction-input';
import { Field } from '../field';
import { DeskForm } from '../desk-form';
import type { FormState } from '../form-state';
import { StatementFields } from '../statement-fields';

/**
 * A statement's correction: its fields filled as held, what only a correction sets, and the
 * reason; only what changed is sent. Works as a plain form POST without JavaScript.
 */
export function CorrectionForm({
  id,
  held,
  digest,
}: {
  id: string;
  held: Record<string, string>;
  /** The fingerprint of the statement as `held` shows it (held-digest.ts). */
  digest: string;
}) {
  return (
    <DeskForm action={correctStatement} label="Correct the statement" submitLabel="Correct statement">
      {(state) => <CorrectionFields state={state} id={id} held={held} digest={digest} />}
    </DeskForm>
  );
}

/** The statement's fields, filled as held until the first submission, then as it left them. */
function CorrectionFields({
  state,
  id,
  held,
  digest,
}: {
  state: FormState;
  id: string;
  held: Record<string, string>;
  digest: string;
}) {
  const v = state.attempt ? state.values : held;
  const e = state.errors;
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="held" value={state.attempt ? state.values.held : digest} />
      <StatementFields values={v} errors={e} />
      <Field
        name="cameoCode"
        label="CAMEO code"
        error={e.cameoCode}
        limit={CORRECTION_LIMITS.cameoCode}
        hint="2 to 4 digits: 111 (criticize), 138 (threaten)."
      >
        {(p) => <input {...p} defaultValue={v.cameoCode} inputMode="numeric" />}
      </Field>
      <Field
        name="topicKeys"
        label="Topics"
        error={e.topicKeys}
        limit={CORRECTION_LIMITS.topicKeys}
        hint="Topic keys, separated by commas; empty removes them all."
      >
        {(p) => <input {...p} defaultValue={v.topicKeys} />}
      </Field>
      <Field
        name="reason"
        label="Reason"
        error={e.reason}
        limit={CORRECTION_LIMITS.reason}
        hint="What was wrong, in your words."
      >
        {(p) => <textarea {...p} rows={2} defaultValue={state.done ? '' : v.reason} />}
      </Field>
    </>
  );
}
