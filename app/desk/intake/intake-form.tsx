'use client';
import { useActionState, type ReactNode } from 'react';
import { Stance } from '@/graphql/__generated__/client/graphql';
import { Field } from '../field';
import { FormOutcome } from '../form-outcome';
import { useFormSizeCheck } from '../form-size-check';
import { KeyPicker } from '../key-picker';
import { STATEMENT_LIMITS } from '../statement-input';
import styles from '../desk.module.css';
import { intake } from './actions';
import { INTAKE_LIMITS } from './intake-state';
import { emptyIntake, proposalField, type IntakeState, type ProposalView } from './intake-state';

/** The pasted text with each open proposal's quote marked. */
function MarkedText({ text, proposals }: { text: string; proposals: ProposalView[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const p of [...proposals].sort((a, b) => a.offset - b.offset)) {
    if (p.offset < at) continue;
    parts.push(text.slice(at, p.offset));
    parts.push(<mark key={p.offset}>{text.slice(p.offset, p.offset + p.quote.length)}</mark>);
    at = p.offset + p.quote.length;
  }
  parts.push(text.slice(at));
  return <div className={styles.pasted}>{parts}</div>;
}

function ProposalFields({
  proposal: p,
  state,
  index,
}: {
  proposal: ProposalView;
  state: IntakeState;
  index: number;
}) {
  const name = (field: string) => proposalField(p.offset, field);
  const value = (field: string, fallback: string | null) => state.values[name(field)] ?? fallback ?? '';
  const error = (field: string) => state.errors[name(field)];
  return (
    <fieldset className={styles.proposal}>
      <legend>
        Proposal {index + 1}: {p.speakerName}
        {p.speakerKey ? '' : ' (no actor matches this name)'}
      </legend>
      <Field
        name={name('speakerKey')}
        limit={STATEMENT_LIMITS.speakerKey}
        label="Speaker"
        error={error('speakerKey')}
      >
        {(a) => <KeyPicker {...a} kind="actor" defaultValue={value('speakerKey', p.speakerKey)} />}
      </Field>
      <Field
        name={name('targetKeys')}
        limit={STATEMENT_LIMITS.targetKeys}
        label="Targets"
        error={error('targetKeys')}
      >
        {(a) => (
          <KeyPicker
            {...a}
            kind="actor"
            multiple
            defaultValue={value('targetKeys', p.targetKeys.join(', '))}
          />
        )}
      </Field>
      <Field name={name('date')} limit={STATEMENT_LIMITS.date} label="Date" error={error('date')}>
        {(a) => <input {...a} defaultValue={value('date', p.date)} />}
      </Field>
      <Field name={name('quote')} limit={STATEMENT_LIMITS.quote} label="Quote" error={error('quote')}>
        {(a) => <textarea {...a} rows={3} defaultValue={value('quote', p.quote)} />}
      </Field>
      <Field name={name('summary')} limit={STATEMENT_LIMITS.summary} label="Summary" error={error('summary')}>
        {(a) => <textarea {...a} rows={2} defaultValue={value('summary', '')} />}
      </Field>
      <Field
        name={name('stance')}
        label="Stance"
        error={error('stance')}
        hint="Guessed from the quote’s words: check it."
      >
        {(a) => (
          <select {...a} defaultValue={value('stance', p.stance)}>
            <option value="">Choose…</option>
            {Object.values(Stance).map((s) => (
              <option key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={name('intensity')} label="Intensity" error={error('intensity')} hint="-10 to +10.">
        {(a) => <input {...a} defaultValue={value('intensity', '')} inputMode="decimal" />}
      </Field>
      <div className={styles.actions}>
        <button type="submit" name="intent" value={`accept:${p.offset}`}>
          Accept proposal {index + 1}
        </button>
        <button type="submit" name="intent" value={`reject:${p.offset}`}>
          Reject proposal {index + 1}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * Paste a text, pick its source, read the proposals beside it, and accept (as a statement whose
 * excerpt is the quote's sentence), edit or reject each. One form: every button posts the text
 * with it, so the screen works without JavaScript too.
 */
export function IntakeForm() {
  const [state, action, pending] = useActionState(intake, emptyIntake);
  const [notSent, checkSize] = useFormSizeCheck();
  const v = state.values;
  return (
    <form
      key={state.attempt}
      onSubmit={checkSize}
      action={action}
      className={styles.form}
      aria-label="Intake"
      noValidate
    >
      <input type="hidden" name="settled" value={state.settled.join(',')} />
      <FormOutcome state={state} notSent={notSent} />
      <Field
        name="sourceKey"
        limit={INTAKE_LIMITS.sourceKey}
        label="Source"
        error={state.errors.sourceKey}
        hint="The key of the source the text is from."
      >
        {(a) => <KeyPicker {...a} kind="source" defaultValue={v.sourceKey} />}
      </Field>
      <Field
        name="text"
        limit={INTAKE_LIMITS.text}
        label="Text"
        error={state.errors.text}
        hint="The article as published: wire copy, an interview write-up; up to 100,000 characters."
      >
        {(a) => <textarea {...a} rows={10} defaultValue={v.text} />}
      </Field>
      <div className={styles.actions}>
        <button type="submit" name="intent" value="read" disabled={pending}>
          Read the text
        </button>
      </div>
      {state.readText ? (
        <section aria-label="Proposals" className={styles.intake}>
          <MarkedText text={state.readText} proposals={state.proposals} />
          <div>
            <h2>Proposals</h2>
            {state.proposals.length === 0 ? <p>No attributed quote is left to propose.</p> : null}
            {state.proposals.map((p, i) => (
              <ProposalFields key={p.offset} proposal={p} state={state} index={i} />
            ))}
          </div>
        </section>
      ) : null}
    </form>
  );
}
