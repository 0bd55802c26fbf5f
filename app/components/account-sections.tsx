import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { loadChangeEmailSchema, loadDisplayNameSchema } from "#app/components/account-schemas.client";
import { Field, FormError } from "#app/components/field";
import { useLazyValidation } from "#app/components/use-lazy-validation";
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
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
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
        <Field
          id={fields.displayName.id}
          label="Name"
          hint={`Shown to other businesses on your requests and messages, up to ${DISPLAY_NAME_RULES.max} characters.`}
          errors={fields.displayName.errors}
        >
          {(aria) => (
            <input
              {...getInputProps(fields.displayName, { type: "text" })}
              {...aria}
              autoComplete="name"
              className="input"
            />
          )}
        </Field>
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
}) {
  const validate = useLazyValidation(loadChangeEmailSchema);
  const [form, fields] = useForm({
    id: "change-email",
    lastResult: props.result,
    constraint: props.constraint,
    onValidate: validate,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="change-email-heading" className="card">
      <h2 id="change-email-heading" className="text-lg font-semibold">
        Email
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        Your account uses <strong>{props.email}</strong>.
      </p>
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
        <Field id={fields.newEmail.id} label="New email" errors={fields.newEmail.errors}>
          {(aria) => (
            <input
              {...getInputProps(fields.newEmail, { type: "email" })}
              {...aria}
              autoComplete="email"
              className="input"
            />
          )}
        </Field>
        <Field id={fields.password.id} label="Password (to confirm)" errors={fields.password.errors}>
          {(aria) => (
            <input
              {...getInputProps(fields.password, { type: "password" })}
              {...aria}
              autoComplete="current-password"
              className="input"
            />
          )}
        </Field>
        <p className="hint">We send a link to the new address and tell the current one.</p>
        <button type="submit" className="btn">
          Change email
        </button>
      </Form>
    </section>
  );
}
