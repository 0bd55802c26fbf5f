import type { Submission } from "@conform-to/react";
import { useEffect, useMemo, useState } from "react";
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
  const loaded = useLoadedOnce(() => Promise.all([import("@conform-to/zod"), loadSchema()]));
  return useMemo(() => {
    if (!loaded) return undefined;
    const [{ parseWithZod }, schema] = loaded;
    return ({ formData }: { formData: FormData }) => parseWithZod(formData, { schema: schema as Schema });
  }, [loaded]);
}

/**
 * What `load` resolves to, once the page is interactive (undefined until then, and for good when it
 * fails: offline, say, when the server still checks every submission). Loaded once per component.
 */
export function useLoadedOnce<T>(load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<{ value: T }>();
  useEffect(() => {
    let mounted = true;
    load()
      .then((value) => mounted && setLoaded({ value }))
      .catch(() => {});
    return () => {
      mounted = false;
    };
    // Loaded once; a new function passed on a later render changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return loaded?.value;
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
