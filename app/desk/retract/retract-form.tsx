'use client';
import { retractRecord } from '../correction-actions';
import { RETRACTION_LIMITS } from '../correction-input';
import { DeskForm } from '../desk-form';
import { Field } from '../field';

/** A record's retraction, with its reason; works as a plain form POST without JavaScript. */
export function RetractForm({ id, noun, closed = false }: { id: string; noun: string; closed?: boolean }) {
  return (
    <DeskForm action={retractRecord} label={`Retract the ${noun}`} submitLabel="Retract" once closed={closed}>
      {(state) => (
        <>
          <input type="hidden" name="id" value={id} />
          <Field
            name="reason"
            label="Reason"
            error={state.errors.reason}
            limit={RETRACTION_LIMITS.reason}
            hint={`Why the ${noun} is withdrawn, in your words. It leaves every list, count, chart and the tension index, and stays readable on its page, marked retracted.`}
          >
            {(p) => <textarea {...p} rows={2} defaultValue={state.values.reason} />}
          </Field>
        </>
      )}
    </DeskForm>
  );
}
