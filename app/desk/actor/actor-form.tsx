'use client';
import { useActionState } from 'react';
import { ActorKind } from '@/graphql/__generated__/client/graphql';
import { addActor } from '../actions';
import { Field } from '../field';
import { ACTOR_LIMITS } from '../fields';
import { FormOutcome } from '../form-outcome';
import { useFormSizeCheck } from '../form-size-check';
import { emptyForm } from '../form-state';
import styles from '../desk.module.css';

/** A new actor (a speaker, a body, a state), checked by addActor's own rules. */
export function ActorForm() {
  const [state, action, pending] = useActionState(addActor, emptyForm);
  const [notSent, checkSize] = useFormSizeCheck();
  const v = state.values;
  const e = state.errors;
  return (
    <form
      key={state.attempt}
      onSubmit={checkSize}
      action={action}
      className={styles.form}
      aria-label="New actor"
      noValidate
    >
      <FormOutcome state={state} notSent={notSent} />
      <Field
        name="name"
        limit={ACTOR_LIMITS.name}
        label="Name"
        error={e.name}
        hint="As the actor is known: Andrei Rudenko."
      >
        {(p) => <input {...p} defaultValue={v.name} autoComplete="off" />}
      </Field>
      <Field name="kind" label="Kind" error={e.kind}>
        {(p) => (
          <select {...p} defaultValue={v.kind ?? ''}>
            <option value="">Choose…</option>
            {Object.values(ActorKind).map((k) => (
              <option key={k} value={k}>
                {k.charAt(0) + k.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="title"
        limit={ACTOR_LIMITS.title}
        label="Title"
        error={e.title}
        hint="A person’s office: Deputy Foreign Minister of Russia."
      >
        {(p) => <input {...p} defaultValue={v.title} />}
      </Field>
      <Field
        name="affiliationKey"
        limit={ACTOR_LIMITS.affiliationKey}
        label="Affiliation"
        error={e.affiliationKey}
        hint="Key of the actor this one speaks for: russia."
      >
        {(p) => <input {...p} defaultValue={v.affiliationKey} autoComplete="off" />}
      </Field>
      <Field name="countryCode" label="Country code" error={e.countryCode} hint="ISO 3166-1 alpha-3: RUS.">
        {(p) => <input {...p} defaultValue={v.countryCode} autoComplete="off" />}
      </Field>
      <Field name="wikidataId" label="Wikidata item" error={e.wikidataId} hint="When known: Q159.">
        {(p) => <input {...p} defaultValue={v.wikidataId} autoComplete="off" />}
      </Field>
      <Field
        name="aliases"
        limit={ACTOR_LIMITS.aliases}
        label="Aliases"
        error={e.aliases}
        hint="Other names, separated by commas: Rudenko, A. Rudenko."
      >
        {(p) => <input {...p} defaultValue={v.aliases} autoComplete="off" />}
      </Field>
      <Field
        name="key"
        limit={ACTOR_LIMITS.key}
        label="Key"
        error={e.key}
        hint="Leave empty to make it from the name: andrei-rudenko."
      >
        {(p) => <input {...p} defaultValue={v.key} autoComplete="off" />}
      </Field>
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          Add actor
        </button>
      </div>
    </form>
  );
}
