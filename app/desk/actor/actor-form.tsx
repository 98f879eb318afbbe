'use client';
import { ActorKind } from '@/graphql/__generated__/client/graphql';
import { addActor } from '../actions';
import { Field } from '../field';
import { ACTOR_LIMITS } from '../fields';
import { DeskForm } from '../desk-form';
import type { FormState } from '../form-state';

/** A new actor (a speaker, a body, a state), checked by addActor's own rules. */
export function ActorForm() {
  return (
    <DeskForm action={addActor} label="New actor" submitLabel="Add actor">
      {(state) => <ActorFields state={state} />}
    </DeskForm>
  );
}

/** The form's fields, filled as the last submission left them. */
function ActorFields({ state }: { state: FormState }) {
  const v = state.values;
  const e = state.errors;
  return (
    <>
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
    </>
  );
}
