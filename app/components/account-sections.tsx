import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { loadChangeEmailSchema, loadDisplayNameSchema } from "#app/components/account-schemas.client";
import { FormError } from "#app/components/field";
import { InputField } from "./input-field";
import { checkTiming, useLazyValidation } from "#app/components/use-lazy-validation";
import { DISPLAY_NAME_RULES } from "#app/domain/display-name-rules";

type Constraint = Parameters<typeof useForm>[0]["constraint"];

/** /account: the name other owners see on requests and messages. */
export function DisplayNameSection(props: {
  displayName: string;
  constraint: Constraint;
  result?: SubmissionResult<string[]>;
  saved: boolean;
}) {
  const validate = useLazyValidation(loadDisplayNameSchema);
  const [form, fields] = useForm({
    id: "display-name",
    lastResult: props.result,
    constraint: props.constraint,
    defaultValue: { displayName: props.displayName },
    onValidate: validate,
    ...checkTiming(validate),
  });
  return (
    <section aria-labelledby="display-name-heading" className="card">
      <h2 id="display-name-heading" className="text-lg font-semibold">
        Your name
      </h2>
      {props.saved ? (
        <p role="status" className="mt-2 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          Name saved.
        </p>
      ) : null}
      <Form method="post" className="mt-4 space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="display-name" />
        <FormError errors={form.errors} />
        <InputField
          field={fields.displayName}
          type="text"
          label="Name"
          hint={`Shown to other businesses on your requests and messages, up to ${DISPLAY_NAME_RULES.max} characters.`}
          autoComplete="name"
        />
        <button type="submit" className="btn">
          Save name
        </button>
      </Form>
    </section>
  );
}

/** /account: move the account to another address (a link goes there; the old one is told). */
export function ChangeEmailSection(props: {
  email: string;
  constraint: Constraint;
  result?: SubmissionResult<string[]>;
  /** The address a link was just sent to (the same answer whether or not it is free). */
  sentTo: string | null;
  changed: boolean;
  /** False until the owner opens the verification link: the section offers to send it again. */
  verified: boolean;
}) {
  const validate = useLazyValidation(loadChangeEmailSchema);
  const [form, fields] = useForm({
    id: "change-email",
    lastResult: props.result,
    constraint: props.constraint,
    onValidate: validate,
    ...checkTiming(validate),
  });
  return (
    <section aria-labelledby="change-email-heading" className="card">
      <h2 id="change-email-heading" className="text-lg font-semibold">
        Email
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        Your account uses <strong>{props.email}</strong>.
      </p>
      {props.verified ? null : (
        // A plain form (the answer is the /verify-email page): the account page carries no fetcher for it.
        <Form
          method="post"
          action="/verify-email"
          className="mt-2 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <input type="hidden" name="intent" value="resend" />
          <span>Not verified yet: open the link we sent to propose partnerships and send messages.</span>
          <button type="submit" className="btn-secondary">
            Send the link again
          </button>
        </Form>
      )}
      {props.changed ? (
        <p role="status" className="mt-2 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          {`Email changed. Sign in with ${props.email} from now on.`}
        </p>
      ) : null}
      {props.sentTo ? (
        <p role="status" className="mt-2 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          {`Check ${props.sentTo}: open the link we sent there to finish. Until then your account keeps ${props.email}.`}
        </p>
      ) : null}
      <Form method="post" className="mt-4 space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="change-email" />
        <FormError errors={form.errors} />
        <InputField field={fields.newEmail} type="email" label="New email" autoComplete="email" />
        <InputField
          field={fields.password}
          type="password"
          label="Password (to confirm)"
          autoComplete="current-password"
        />
        <p className="hint">We send a link to the new address and tell the current one.</p>
        <button type="submit" className="btn">
          Change email
        </button>
      </Form>
    </section>
  );
}
