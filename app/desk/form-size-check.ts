'use client';
import { useState, type FormEvent } from 'react';
import { FORM_BODY_LIMIT_BYTES, FORM_NOT_SENT } from './form-size';

/** Room a multipart body takes around each field: its boundary and headers. */
const PART_OVERHEAD = 128;

/** About how many bytes the browser would send for the form, as multipart form data. */
export function formBodyBytes(form: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of form.entries()) {
    bytes += PART_OVERHEAD + encoder.encode(name).length;
    bytes += typeof value === 'string' ? encoder.encode(value).length : value.size;
  }
  return bytes;
}

/**
 * With JavaScript, a form too large for the server to take is not sent at all: the analyst
 * sees why above the form and keeps everything typed (the server would refuse the body before
 * any of the desk's code could answer). Without JavaScript the server's own answer says it
 * (scripts/request-guards.ts). Returns the message to show, if any, and the form's onSubmit.
 */
export function useFormSizeCheck(): [string | null, (event: FormEvent<HTMLFormElement>) => void] {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const bytes = formBodyBytes(new FormData(event.currentTarget, submitter));
    if (bytes > FORM_BODY_LIMIT_BYTES) {
      event.preventDefault();
      setTooLarge(FORM_NOT_SENT);
    } else {
      setTooLarge(null);
    }
  };
  return [tooLarge, onSubmit];
}
