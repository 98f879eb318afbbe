'use client';
import { EventKind, Verification } from '@/graphql/__generated__/client/graphql';
import { EvidenceFields } from '../evidence-fields';
import { Field } from '../field';
import { DeskForm } from '../desk-form';
import type { FormState } from '../form-state';
import { choiceLabel } from '../input-checks';
import { KeyPicker } from '../key-picker';
import { EVENT_LIMITS } from './event-input';
import { addEvent } from '../record-actions';

/** A new event, checked by addEvent's own rules; works as a plain form POST without JavaScript. */
export function EventForm() {
  return (
    <DeskForm action={addEvent} label="New event" submitLabel="Add event">
      {(state) => <EventFields state={state} />}
    </DeskForm>
  );
}

/** The form's fields, filled as the last submission left them. */
function EventFields({ state }: { state: FormState }) {
  const v = state.values;
  const e = state.errors;
  return (
    <>
      <Field
        name="title"
        limit={EVENT_LIMITS.title}
        label="Title"
        error={e.title}
        hint="A short headline: Mark Rutte visits Tokyo."
      >
        {(p) => <input {...p} defaultValue={v.title} />}
      </Field>
      <Field name="kind" label="Kind" error={e.kind}>
        {(p) => (
          <select {...p} defaultValue={v.kind ?? ''}>
            <option value="">Choose…</option>
            {Object.values(EventKind).map((k) => (
              <option key={k} value={k}>
                {choiceLabel(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="date"
        limit={EVENT_LIMITS.date}
        label="Date"
        error={e.date}
        hint="When it happened, or its first day, as precise as the source: 2025-05-05, 2025-05 or 2025."
      >
        {(p) => <input {...p} defaultValue={v.date} inputMode="numeric" />}
      </Field>
      <Field
        name="endDate"
        limit={EVENT_LIMITS.endDate}
        label="End date"
        error={e.endDate}
        hint="Its last day, if it spans time."
      >
        {(p) => <input {...p} defaultValue={v.endDate} inputMode="numeric" />}
      </Field>
      <Field
        name="location"
        limit={EVENT_LIMITS.location}
        label="Place"
        error={e.location}
        hint="Where it happened: Tokyo."
      >
        {(p) => <input {...p} defaultValue={v.location} />}
      </Field>
      <Field
        name="actorKeys"
        limit={EVENT_LIMITS.actorKeys}
        label="Actors"
        error={e.actorKeys}
        hint="Keys of those involved, separated by commas: united-states, japan."
      >
        {(p) => <KeyPicker {...p} kind="actor" multiple defaultValue={v.actorKeys} />}
      </Field>
      <Field
        name="summary"
        limit={EVENT_LIMITS.summary}
        label="Summary"
        error={e.summary}
        hint="What happened, in one or two plain sentences."
      >
        {(p) => <textarea {...p} rows={3} defaultValue={v.summary} />}
      </Field>
      <Field
        name="intensity"
        label="Intensity"
        error={e.intensity}
        hint="-10 (most conflictual) to +10 (most cooperative); leave empty if not scored."
      >
        {(p) => <input {...p} defaultValue={v.intensity} inputMode="decimal" />}
      </Field>
      <Field name="verification" label="Verification" error={e.verification}>
        {(p) => (
          <select {...p} defaultValue={v.verification || Verification.Reported}>
            {Object.values(Verification).map((k) => (
              <option key={k} value={k}>
                {choiceLabel(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <EvidenceFields state={state} />
    </>
  );
}
