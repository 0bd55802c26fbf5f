import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Field, FormError } from "#app/components/field";
import { errorMeta } from "#app/components/general-error-boundary";
import { loadPartnershipRequestSchema } from "#app/components/partnership-schemas.client";
import { checkTiming, useLazyValidation } from "#app/components/use-lazy-validation";
import { PARTNERSHIP_KINDS } from "#app/domain/business-options";
import { kindLabel, PARTNERSHIP_LIMITS, REQUEST_HORIZONS, weeklyAllowanceText } from "#app/domain/partnership";
import { PartnershipRequestSchema } from "#app/domain/partnership-schema";
import { getRequestTarget, publishedBusinessesOf } from "#app/models/partnership-views.server";
import { checkProposal, proposePartnership, UNCLAIMED_MESSAGE } from "#app/models/partnerships.server";
import { readForm } from "#app/utils/forms.server";
import { requireUser } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Propose a partnership to ${data?.to.name ?? "a business"} · Mutualist` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const target = await getRequestTarget(params.get("to") ?? "");
  if (!target) throw new Response("That business is not in the directory.", { status: 404 });
  const { ownerId, ...to } = target;
  if (ownerId === user.id)
    throw new Response(`${to.name} is your own business: an owner's businesses cannot partner with each other here.`, {
      status: 400,
    });
  const mine = (await publishedBusinessesOf(user.id)).filter((business) => business.id !== to.id);
  const chosen = mine.find((business) => business.id === params.get("from")) ?? (mine.length === 1 ? mine[0] : null);
  const base = {
    to,
    mine,
    from: chosen ?? null,
    /** No published business yet: why one comes first, and the form's address (coming back here). */
    publishFirst: null as { text: string; href: string } | null,
    constraint: getZodConstraint(PartnershipRequestSchema),
  };
  if (!to.claimed) return data({ ...base, refusal: UNCLAIMED_MESSAGE, allowance: null }, { status: 409 });
  // No published business yet: the page says why one comes first, and links to the form (and back).
  if (mine.length === 0) {
    const text = `Partnership requests are sent from a published business, so ${to.name} can see who is asking, and you have none yet. Adding yours takes about two minutes; then you come back to ${to.name}'s profile to propose.`;
    const href = `/businesses/new?${new URLSearchParams({ returnTo: `/b/${to.slug}` })}`;
    return { ...base, refusal: null, publishFirst: { text, href }, allowance: null };
  }
  // Several businesses and none chosen: the page asks which one first (a GET form, so it works without JavaScript).
  if (!chosen) return { ...base, refusal: null, allowance: null };
  const check = await checkProposal({ sender: user, fromId: chosen.id, toId: to.id });
  if (!check.ok) return data({ ...base, refusal: check.message, allowance: null }, { status: check.status });
  return { ...base, refusal: null, allowance: weeklyAllowanceText(check.used) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: PartnershipRequestSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await proposePartnership({
    sender: user,
    fromId: String(formData.get("from") ?? ""),
    toId: String(formData.get("to") ?? ""),
    request: submission.value,
  });
  if (!result.ok) return data(submission.reply({ formErrors: [result.message] }), { status: result.status });
  return redirect(`/partnerships/${result.partnershipId}?done=sent`);
}

export default function NewPartnership() {
  const { to, mine, from, refusal, publishFirst, allowance, constraint } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const validate = useLazyValidation(loadPartnershipRequestSchema);
  const [form, fields] = useForm({
    id: "partnership-request",
    lastResult,
    constraint,
    onValidate: validate,
    defaultValue: { kind: to.partnershipKinds[0] ?? "", horizon: "long-term" },
    ...checkTiming(validate),
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm text-stone-600">
          <Link to="/partnerships">Partnerships</Link>
        </p>
        <h1 className="text-2xl font-bold">
          Propose a partnership to <Link to={`/b/${to.slug}`}>{to.name}</Link>
        </h1>
        <p className="mt-1 text-stone-700">
          {to.category} · {to.niche}
        </p>
      </div>

      <section className="card space-y-2" aria-labelledby="they-say">
        <h2 id="they-say" className="font-semibold">
          What {to.name} says
        </h2>
        <p className="text-sm">
          <strong>Wants from partners:</strong> {to.wantsFromPartners || "Not said yet."}
        </p>
        <p className="text-sm">
          <strong>Offers partners:</strong> {to.offersToPartners || "Not said yet."}
        </p>
        {to.partnershipKinds.length ? (
          <p className="text-sm">
            <strong>Looking for:</strong> {to.partnershipKinds.map(kindLabel).join(", ")}
          </p>
        ) : null}
      </section>

      {publishFirst ? (
        <section className="card space-y-3" aria-labelledby="publish-first-heading">
          <h2 id="publish-first-heading" className="font-semibold">
            First, publish your business
          </h2>
          <p className="text-sm text-stone-700">{publishFirst.text}</p>
          <Link to={publishFirst.href} className="btn">
            Publish your business
          </Link>
        </section>
      ) : refusal ? (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-900">
          {refusal}
        </p>
      ) : !from ? (
        <Form method="get" className="card space-y-3">
          <input type="hidden" name="to" value={to.id} />
          <label htmlFor="from" className="label">
            Send the request as
          </label>
          <select id="from" name="from" className="input">
            {mine.map((business) => (
              <option key={business.id} value={business.id}>
                {business.name}
              </option>
            ))}
          </select>
          <button type="submit" className="btn">
            Continue
          </button>
        </Form>
      ) : (
        <Form method="post" className="card space-y-5" {...getFormProps(form)}>
          <FormError id={form.errorId} errors={form.errors} focus />
          <input type="hidden" name="from" value={from.id} />
          <input type="hidden" name="to" value={to.id} />
          <p className="text-sm text-stone-700">
            From <strong>{from.name}</strong>
            {mine.length > 1 ? (
              <>
                {" "}
                (<Link to={`?${new URLSearchParams({ to: to.id })}`}>send as another business</Link>)
              </>
            ) : null}
            {allowance ? <> · {allowance}</> : null}
          </p>
          <Field id={fields.kind.id} label="Kind of partnership" errors={fields.kind.errors}>
            {(aria) => (
              <select {...getSelectProps(fields.kind)} {...aria} className="input">
                <option value="">Pick one</option>
                {PARTNERSHIP_KINDS.map((kind) => (
                  <option key={kind.value} value={kind.value}>
                    {kind.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={fields.forThem.id}
            label={`What's in it for ${to.name}`}
            need="required"
            hint={`A sentence or two on what they gain: customers you can send them, what you bring (${PARTNERSHIP_LIMITS.forThem.min}–${PARTNERSHIP_LIMITS.forThem.max} characters).`}
            errors={fields.forThem.errors}
          >
            {(aria) => <textarea {...getTextareaProps(fields.forThem)} {...aria} rows={5} className="input" />}
          </Field>
          <Field
            id={fields.inReturn.id}
            label="What you would like in return"
            need="optional"
            hint={`Up to ${PARTNERSHIP_LIMITS.inReturn} characters.`}
            errors={fields.inReturn.errors}
          >
            {(aria) => <textarea {...getTextareaProps(fields.inReturn)} {...aria} rows={3} className="input" />}
          </Field>
          <fieldset>
            <legend className="label">How long</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {REQUEST_HORIZONS.map((horizon) => (
                <label key={horizon.value} className="flex items-center gap-2 text-sm">
                  <input
                    {...getInputProps(fields.horizon, { type: "radio", value: horizon.value })}
                    key={horizon.value}
                  />
                  {horizon.label}
                </label>
              ))}
            </div>
            {fields.horizon.errors?.length ? (
              <p id={fields.horizon.errorId} className="field-error" role="alert">
                {fields.horizon.errors.join(". ")}
              </p>
            ) : null}
          </fieldset>
          <p className="text-sm text-stone-700">
            {to.name} can accept or decline; an unanswered request expires after {PARTNERSHIP_LIMITS.expiryDays} days.
          </p>
          <button type="submit" className="btn" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting" ? "Sending…" : "Send request"}
          </button>
        </Form>
      )}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
