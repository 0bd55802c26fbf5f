import type { Submission } from "@conform-to/react";
import { useEffect, useState } from "react";
import type { z, ZodTypeAny } from "zod";

type Validate<Schema extends ZodTypeAny> = (context: {
  formData: FormData;
}) => Submission<z.input<Schema>, string[], z.output<Schema>>;

/**
 * A form's client-side check, loaded once the page is interactive: Zod, Conform's Zod adapter and
 * the schema are not among the scripts the page preloads (decision 017). Until they arrive, a
 * moment after hydration, this is undefined and Conform leaves the check to the server, which runs
 * the same schema and answers with the same messages. Pass the result as `onValidate`, and the
 * schema's constraints (getZodConstraint, from the loader) as `constraint`.
 */
export function useLazyValidation<Schema extends ZodTypeAny>(
  loadSchema: () => Promise<Schema>,
): Validate<Schema> | undefined {
  const [validate, setValidate] = useState<Validate<Schema>>();
  useEffect(() => {
    let mounted = true;
    Promise.all([import("@conform-to/zod"), loadSchema()])
      .then(([{ parseWithZod }, schema]) => {
        if (mounted)
          setValidate(
            () =>
              ({ formData }: { formData: FormData }) =>
                parseWithZod(formData, { schema: schema as Schema }),
          );
      })
      // Not loaded (offline, say): the server still checks every submission.
      .catch(() => {});
    return () => {
      mounted = false;
    };
    // Loaded once per form; a new function passed on a later render changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return validate;
}

/**
 * When a form with a lazy check validates: errors appear on submit (not on blur, which moved the
 * submit button under the pointer) and clear as the field is fixed, once the check has arrived.
 * Until then a changed field waits for the next submit: Conform would otherwise post every
 * keystroke to the server to be checked (`__intent__=validate`), which the actions do not take.
 */
export function checkTiming(validate: unknown) {
  return { shouldValidate: "onSubmit", shouldRevalidate: validate ? "onInput" : "onSubmit" } as const;
}
