'use server';
/**
 * The Server Actions of the desk's source, event and sanctions-package forms: each is one
 * API mutation run as the signed-in analyst (see submitWrite), so a form is held to exactly
 * the rules, the rate limit and the change log a client of the API is.
 */
import {
  DeskAddEventDocument,
  DeskAddSanctionPackageDocument,
  DeskAddSourceDocument,
} from '@/graphql/__generated__/client/graphql';
import { runOperationAs } from '@/graphql/server';
import { EVENT_ERROR_FIELDS, EVENT_FIELDS, eventInput, eventTypeErrors } from './event/event-input';
import type { FormState } from './form-state';
import {
  PACKAGE_ERROR_FIELDS,
  PACKAGE_FIELDS,
  packageInput,
  packageTypeErrors,
} from './package/package-input';
import { SOURCE_ERROR_FIELDS, SOURCE_FIELDS, sourceInput, sourceTypeErrors } from './source/source-input';
import { submitWrite } from './submit-write';

const recordPage = (id: string) => `/records/${encodeURIComponent(id)}`;

export async function addSource(_: FormState, form: FormData): Promise<FormState> {
  return submitWrite(form, {
    fields: SOURCE_FIELDS,
    check: sourceTypeErrors,
    input: sourceInput,
    errorFields: SOURCE_ERROR_FIELDS,
    write: async (analyst, input) => {
      const { addSource: payload } = await runOperationAs(analyst, DeskAddSourceDocument, { input });
      return { written: payload.source, userErrors: payload.userErrors };
    },
    done: (source, analystName) => ({
      message: `Source "${source.title}" added, with the key "${source.key}", by ${analystName}.`,
      href: `/sources/${encodeURIComponent(source.key)}`,
      linkText: 'Open the source’s page',
    }),
  });
}

export async function addEvent(_: FormState, form: FormData): Promise<FormState> {
  return submitWrite(form, {
    fields: EVENT_FIELDS,
    check: eventTypeErrors,
    input: eventInput,
    errorFields: EVENT_ERROR_FIELDS,
    write: async (analyst, input) => {
      const { addEvent: payload } = await runOperationAs(analyst, DeskAddEventDocument, { input });
      return { written: payload.event, userErrors: payload.userErrors };
    },
    done: (event, analystName) => ({
      message: `Event "${event.title}" added, by ${analystName}.`,
      href: recordPage(event.id),
      linkText: 'Open the event’s record',
    }),
  });
}

export async function addSanctionPackage(_: FormState, form: FormData): Promise<FormState> {
  return submitWrite(form, {
    fields: PACKAGE_FIELDS,
    check: packageTypeErrors,
    input: packageInput,
    errorFields: PACKAGE_ERROR_FIELDS,
    write: async (analyst, input) => {
      const { addSanctionPackage: payload } = await runOperationAs(analyst, DeskAddSanctionPackageDocument, {
        input,
      });
      return { written: payload.sanctionPackage, userErrors: payload.userErrors };
    },
    done: (pkg, analystName) => ({
      message: `Sanctions package "${pkg.title}" added, by ${analystName}.`,
      href: recordPage(pkg.id),
      linkText: 'Open the package’s record',
    }),
  });
}
